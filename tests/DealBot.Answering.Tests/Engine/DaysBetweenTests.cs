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

    // A day written without its year is in the year the question named before it; a day glossing a year is that day.
    [Theory]
    [InlineData("how many days from sept 22 2025 till black friday 2026 (nov 27)?", "431")]
    [InlineData("days between the announcement and christmas 2026 (dec 25)?", "459")]
    [InlineData("从2025年9月22日到2026年国庆（10月1日）一共多少天？", "374")]
    [InlineData("從宣布到2026年聖誕節（12月25日）有幾多日？", "459")]
    public async Task AnswerAsync_DayWithoutItsYear_TakesTheYearNamedBeforeIt(string question, string days)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Calculations, c => c.Result == days);
        Assert.Contains(days, answer.Text, StringComparison.Ordinal);
    }

    // "How many weeks": the count of days, and the same in weeks.
    [Theory]
    [InlineData("how many weeks from the announcement to the end of 2026?", "66.43 weeks")]
    [InlineData("从宣布到2026年底有多少周？", "66.43周")]
    [InlineData("宣布到2026年底有幾多個月？", "15.29個月")]
    public async Task AnswerAsync_WeeksOrMonthsAsked_GivesTheCountInThatUnit(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("465", answer.Text, StringComparison.Ordinal);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
