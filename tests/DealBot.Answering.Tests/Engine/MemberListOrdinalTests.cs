using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "那第二个呢？", "and the second one?", "第三个呢？": an ordinal in a follow-up points into the list of companies the member
/// named ("我关注英伟达、甲骨文、博通这三只"), also two turns on, and the follow-up is about that one alone; "the other one?"
/// of two is the one not yet answered.
/// </summary>
public sealed class MemberListOrdinalTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("我关注英伟达、甲骨文、博通这三只，英伟达那天涨了多少？", "那第二个呢？", "第三个呢？", "6%", "0.8%")]
    [InlineData("我关注英伟达、甲骨文、博通这三只，英伟达那天涨了多少？", "第二隻呢？", "第三隻呢？", "6%", "0.8%")]
    [InlineData("i'm watching nvda, orcl and avgo. how much did nvda rise on the news?", "and the second one?", "the third one?", "6%", "0.8%")]
    public async Task FollowUps_OrdinalsIntoTheMembersList_AnswerEachInTurn(string first, string second, string third, string secondExpected, string thirdExpected)
    {
        var history = new List<ConversationTurn>();
        var answers = new List<Answer>();
        foreach (var question in new[] { first, second, third })
        {
            var answer = await fixture.Engine.AnswerAsync(new Question(question, [.. history]));
            answers.Add(answer);
            history.Add(new ConversationTurn(question, answer.Text));
        }

        Assert.Contains("4.4%", answers[0].Text, StringComparison.Ordinal);
        Assert.Equal(AnswerStatus.Answered, answers[1].Status);
        Assert.Contains(secondExpected, answers[1].Text, StringComparison.Ordinal);
        Assert.Equal(AnswerStatus.Answered, answers[2].Status);
        Assert.Contains(thirdExpected, answers[2].Text, StringComparison.Ordinal);
    }

    // "the other one?" of two the member named, after a turn about one of them.
    [Theory]
    [InlineData("i'm watching orcl and avgo, how much did orcl rise on the news?", "and the other one?", "0.8%")]
    [InlineData("我关注甲骨文和博通，甲骨文那天涨了多少？", "另一只呢？", "0.8%")]
    [InlineData("我關注博通同甲骨文，博通嗰日跌咗幾多？", "另一隻呢？", "6%")]
    public async Task FollowUp_TheOtherOfTwo_IsTheOneNotYetAnswered(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
