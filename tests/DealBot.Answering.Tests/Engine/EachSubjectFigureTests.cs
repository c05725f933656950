using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>A figure asked of several companies at once gets each one's own figure, not "the sources don't say".</summary>
public sealed class EachSubjectFigureTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("gimme the share moves for nvda, orcl and avgo after the announcement", new[] { "4.4%", "6%", "0.8%" })]
    [InlineData("how much did oracle and broadcom move?", new[] { "6%", "0.8%" })]
    [InlineData("英伟达、甲骨文和博通股价各涨跌了多少", new[] { "4.4%", "6%", "0.8%" })]
    [InlineData("甲骨文跟博通的股價漲跌幅？", new[] { "6%", "0.8%" })]
    public async Task AnswerAsync_SeveralCompanies_ListsEachOnesFigure(string question, string[] expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.All(expected, e => Assert.Contains(e, answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_RatioOfTwoCompaniesFigures_IsLeftToTheCalculation()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("how many times bigger was oracle's move than broadcom's?", Trace: true));

        var steps = string.Join("\n", answer.Trace!.Steps);
        Assert.Contains("skill: ", steps, StringComparison.Ordinal);
        Assert.DoesNotContain("skill: each-figure", steps, StringComparison.Ordinal);
    }
}
