using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>Days between a milestone the question names and a date it states, another milestone, or today.</summary>
public sealed class DaysBetweenTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("How many days from the announcement to the end of 2026?", "465")]
    [InlineData("宣布合作后多少天到2026年底？", "465")]
    [InlineData("从宣布意向书到2026年下半年开始还有多少天？", "282")]
    [InlineData("How many days are there between the announcement and 2026-11-28?", "432")]
    [InlineData("How many days from the announcement until the first deliveries are complete?", "465")]
    public async Task AnswerAsync_DaysFromAMilestone_CountedFromItsCitedDate(string question, string days)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(days, Assert.Single(answer.Calculations).Result, StringComparison.Ordinal);
        Assert.Contains(days, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }
}
