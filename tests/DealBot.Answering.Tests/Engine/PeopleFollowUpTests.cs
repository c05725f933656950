using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>Follow-ups about people: "the other one", "he", "besides X, who?", in both languages.</summary>
public sealed class PeopleFollowUpTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Fact]
    public async Task AnswerAsync_TheOtherOne_PastATurnAboutOneOfTheList_IsTheOtherListedPerson()
    {
        var answer = await AskAsync("who were the two named people with concerns about the deal?", "what did the lawyer say?", "the other one?");

        Assert.Contains("Rasgon", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Barlow", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AnotherPerson_WhenTheListHadOnlyOne_IsAnotherQuotedPersonOnTheTopic()
    {
        var answer = await AskAsync("分析師們怎麼看這筆交易？", "另一個人咋說？");

        Assert.Contains("巴洛", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_He_AfterAnAnswerAboutOnePerson_IsThatPerson()
    {
        var answer = await AskAsync("What did Andre Barlow say?", "did he name any chip company that could be hurt?");

        Assert.Contains("AMD", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_BesidesSomeone_ListsTheOthersAndFollowUpsLeaveHimOut()
    {
        var others = await AskAsync("報導裡除了奧特曼，還有哪兩位被引用？");
        var first = await AskAsync("報導裡除了奧特曼，還有哪兩位被引用？", "第一個是誰？哪家機構的？");

        Assert.Equal(AnswerStatus.Answered, others.Status);
        Assert.Contains("Rasgon", others.Text, StringComparison.Ordinal);
        Assert.Contains("巴洛", others.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("奧爾特曼", others.Text, StringComparison.Ordinal);
        Assert.Contains("伯恩斯坦", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("奧爾特曼", first.Text, StringComparison.Ordinal);
        // Both parts are answered by the same view: it is shown once.
        Assert.Single(first.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<Answer> AskAsync(params string[] turns)
    {
        var history = new List<ConversationTurn>();
        Answer? answer = null;
        foreach (var turn in turns)
        {
            answer = await fixture.Engine.AnswerAsync(new Question(turn, [.. history]));
            history.Add(new ConversationTurn(turn, answer.Text));
        }

        return answer!;
    }
}
