using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>What is left, shared out in equal parts; and a bare factor ("一半呢？", "half?") on the answer before.</summary>
public sealed class SharedOutAndFactorTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("assume after the first tranche the rest of the money gets paid out in 6 equal installments, how big is each one", "15 billion")]
    [InlineData("剩下的钱分9次平均投，每次多少？", "100亿")]
    public async Task AnswerAsync_RemainderInEqualParts_SubtractsThenDivides(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("-", Assert.Single(answer.Calculations).Expression, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("imagine nvidia pays the full amount in 8 equal tranches. how big is each?", "12.5 billion")]
    [InlineData("say nvidia sent the whole amount in 4 equal payments, how much would each one be", "25 billion")]
    public async Task AnswerAsync_WholeInEqualParts_Divides(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains("/", Assert.Single(answer.Calculations).Expression, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("if 37.5% of the 100bn flows straight back to nvidia as chip orders, how much is that?", "37.5 billion")]
    [InlineData("if a quarter of the $10bn first check goes to chip orders how much is that", "2.5 billion")]
    public async Task AnswerAsync_HowMuchOfAStatedAmount_IsMoney(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一半呢？", "360亿")]
    [InlineData("and half?", "36 billion")]
    public async Task AnswerAsync_BareFactorFollowUp_AppliesToThePreviousResult(string reply, string expected)
    {
        ConversationTurn[] history =
        [
            new("英伟达签完最终协议后第一笔会投多少？", "英伟达对OpenAI的首笔投资：100亿美元。"),
            new("换成人民币呢按7.2", "720亿元。计算：每USD7.2元 × 100亿美元。"),
        ];

        var answer = await fixture.Engine.AnswerAsync(new Question(reply, history));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_SecondHalfOfAYear_IsNotAFactor()
    {
        ConversationTurn[] history = [new("when does the first GW go live?", "First phase online: 1 GW: the second half of 2026.")];

        var answer = await fixture.Engine.AnswerAsync(new Question("and the second half of 2026, what's planned then?", history));

        Assert.DoesNotContain("0.5", string.Join(" ", answer.Calculations.Select(c => c.Expression)), StringComparison.Ordinal);
    }
}
