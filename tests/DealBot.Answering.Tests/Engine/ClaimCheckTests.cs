using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>A claim the member asks to have confirmed is corrected by the sentence about the same thing when that sentence says otherwise.</summary>
public sealed class ClaimCheckTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("the first GW runs on blackwell chips right?", "Vera Rubin")]
    [InlineData("so the first gigawatt went live in early 2025, right?", "2026")]
    [InlineData("第一阶段用的是H100对吧", "Vera Rubin")]
    [InlineData("第一期是2025年上线的吧？", "2026")]
    public async Task AnswerAsync_ContradictedClaim_IsCorrectedWithTheSourceSentence(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Text.Contains("Not as the sources put it", StringComparison.Ordinal) || answer.Text.Contains("不是这样", StringComparison.Ordinal), answer.Text);
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("英伟达要投3000亿美元，对吧？")]
    [InlineData("报道说英伟达要投3000亿美元，对吧？")]
    public async Task AnswerAsync_ClaimedAmountTheSourcesContradict_IsCorrectedWithTheFigure(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question, Trace: true));

        Assert.Contains("1000亿美元", answer.Text, StringComparison.Ordinal);
        Assert.Contains("不符", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Trace!.Steps, s => s.StartsWith("skill: view", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("the deal was announced in 2025, right?")]
    [InlineData("the first phase is on vera rubin right?")]
    public async Task AnswerAsync_ClaimTheSourcesAgreeWith_IsNotCorrected(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain("Not as the sources put it", answer.Text, StringComparison.Ordinal);
    }
}
