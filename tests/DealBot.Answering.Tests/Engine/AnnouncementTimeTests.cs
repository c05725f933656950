using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "The day the LOI was announced", "消息传出当天": the time of the announcement says when, not which figure. Its words
/// (the deal's name above all) do not outweigh what is asked, its "when" asks no date, and a unit of time in it is no
/// span to compute with; a clause that only sets the scene ("with all this campus news") weighs as little.
/// </summary>
public sealed class AnnouncementTimeTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("how much did avgo drop the day the LOI was announced?", "0.8%")]
    [InlineData("how much did broadcom drop the day the deal was announced?", "0.8%")]
    [InlineData("orcl pop size when the news dropped?", "6%")]
    [InlineData("英伟达和OpenAI的协议宣布当天博通跌了几个点", "0.8%")]
    [InlineData("提醒我一下：意向书宣布那天博通跌了多少？", "0.8%")]
    public async Task AnswerAsync_MoveAtTheAnnouncement_GivesTheMove(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}

/// <summary>The same, with later articles in the knowledge base that make the letter of intent one topic among others.</summary>
public sealed class AnnouncementTimeWithLaterArticlesTests(CampusWithinPlanFixture fixture) : IClassFixture<CampusWithinPlanFixture>
{
    [Theory]
    [InlineData("with all this campus news, remind me: how much did avgo drop the day the LOI was announced?", "0.8%")]
    [InlineData("with all the campus news, how much did oracle rise when the deal was announced?", "6%")]
    [InlineData("园区的新闻这么多，提醒我：交易宣布那天博通跌了多少？", "0.8%")]
    public async Task AnswerAsync_MoveAtTheAnnouncementAfterSceneSetting_GivesTheMove(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
