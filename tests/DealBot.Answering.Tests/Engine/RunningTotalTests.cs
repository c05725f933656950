using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "So far", "to date", "迄今为止": a running total, which a later report states "in total". The report is in English
/// only, so a Chinese question finds it through the glossary's names and is not held to its own characters.
/// </summary>
public sealed class RunningTotalTests(RunningTotalFixture fixture) : IClassFixture<RunningTotalFixture>
{
    [Theory]
    [InlineData("how much has nvidia put into openai so far?", "18 billion")]
    [InlineData("how much has nvidia invested in openai to date?", "18 billion")]
    [InlineData("英伟达迄今为止向OpenAI投了多少？", "18 billion")]
    [InlineData("英偉達到目前為止累計向OpenAI投了多少？", "18 billion")]
    public Task AnswerAsync_RunningTotal_GivesTheLaterReportsTotal(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    [Theory]
    [InlineData("how much will nvidia invest in openai?", "100 billion")]
    [InlineData("英伟达计划向OpenAI投资多少？", "1000亿")]
    public Task AnswerAsync_PlannedInvestment_IsStillThePlan(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    // The digits of a date the member writes are no name of the later article that happens to use them too.
    [Theory]
    [InlineData("宣布當天到2026年12月31日差幾多日？", "465")]
    [InlineData("宣布那天到2026年12月31日相隔几天？", "465")]
    [InlineData("how many days from the day the deal was announced to December 31, 2026?", "465")]
    public Task AnswerAsync_DaysFromTheAnnouncementToAStatedDate_CountsFromTheAnnouncement(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    // The report names the European Commission; members say "the EU", "欧盟", and in Chinese find the English report.
    [Theory]
    [InlineData("欧盟开查之后英伟达跌了多少？", "1.7%")]
    [InlineData("歐盟開始審查之後輝達跌咗幾多？", "1.7%")]
    [InlineData("how much did nvda drop after the EU opened its probe?", "1.7%")]
    public Task AnswerAsync_MoveAfterTheEuReview_GivesTheLaterReportsMove(string question, string expected) =>
        AssertAnsweredWithAsync(question, expected);

    private async Task AssertAnsweredWithAsync(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
