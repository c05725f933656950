using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// Days between two events of later reports: each end of the count is found on its own ("from the start of work" …
/// "to the first power"), also when one sentence gives both dates; the end a question leaves open is the date the
/// answer before it gave ("when must they decide? how many days after the review opened is that?"), or the day a
/// report came out when the question counts from it.
/// </summary>
public sealed class DatedEventsTests(DatedEventsFixture fixture) : IClassFixture<DatedEventsFixture>
{
    [Theory]
    [InlineData("how many days between the start of work at fenwick falls and the first 200 MW being switched on?", "70")]
    [InlineData("fenwick falls: days from groundbreaking to first power?", "70")]
    [InlineData("Fenwick Falls从开工到首批200兆瓦通电隔了多少天？", "70")]
    [InlineData("白鹭湾冷却站从动工到投入运行一共多少天？", "161")]
    [InlineData("白鷺灣冷卻站由動工到投入運行要幾多日？", "161")]
    [InlineData("how many days from the start of construction to operation at the egret bay cooling plant?", "161")]
    public Task AnswerAsync_BothEndsInOneReport_CountsBetweenThem(string question, string days) =>
        AssertDaysAsync(question, days);

    [Theory]
    [InlineData("when must the oregon commission decide on fenwick falls? how many days after it opened the review is that?", "91")]
    [InlineData("白鹭湾征求公众意见什么时候截止？从开始征求意见算起一共多少天？", "30")]
    [InlineData("白鷺灣徵求意見幾時截止？同開始徵求意見差幾多日？", "30")]
    public Task AnswerAsync_DateThenDaysFromAnotherEvent_CountsToTheDateJustGiven(string question, string days) =>
        AssertDaysAsync(question, days);

    [Theory]
    [InlineData("when must the oregon commission decide on fenwick falls?", "how many days is that from when it opened the review?", "91")]
    [InlineData("白鹭湾的公众意见征求什么时候截止？", "那距离开始征求意见有多少天？", "30")]
    public async Task FollowUp_DaysFromAnotherEvent_CountsToThePreviousAnswersDate(string first, string second, string days)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        AssertDays(answer, days);
    }

    [Theory]
    [InlineData("从报道发布到白鹭湾冷却站投入运行还有多少天？", "79")]
    [InlineData("how many days from the day the egret bay report came out until the cooling plant starts operating?", "79")]
    public Task AnswerAsync_FromTheReportsDay_CountsFromItsPublication(string question, string days) =>
        AssertDaysAsync(question, days);

    // One end named, the other left open: today, as before.
    [Fact]
    public async Task AnswerAsync_OneEventOnly_CountsToToday()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("how many days since the fenwick falls hall was switched on?"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("December 14, 2026", answer.Text, StringComparison.Ordinal);
        Assert.Contains("today", answer.Text, StringComparison.Ordinal);
    }

    private async Task AssertDaysAsync(string question, string days) =>
        AssertDays(await fixture.Engine.AnswerAsync(new Question(question)), days);

    private static void AssertDays(Answer answer, string days)
    {
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Calculations, c => c.Result.StartsWith(days + " ", StringComparison.Ordinal) || c.Result == days);
        Assert.Contains(days, answer.Text, StringComparison.Ordinal);
    }
}
