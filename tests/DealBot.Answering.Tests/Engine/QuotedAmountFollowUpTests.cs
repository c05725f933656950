using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "how does that compare…?" after an answer that quoted a sentence stating one amount: "that" is the amount quoted;
/// when two curated figures share its value (Stargate's US$500 billion and OpenAI's valuation), the one the quote
/// names is meant.
/// </summary>
public sealed class QuotedAmountFollowUpTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("what did nvidia do with intel around then?", "how does that compare to the openai plan?", "20 times")]
    [InlineData("英伟达和英特尔那边做了什么？", "跟OpenAI这笔计划投资比是几倍？", "20倍")]
    public async Task AnswerAsync_CompareAfterAQuotedAmount_UsesTheQuotedAmount(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_CompareAfterAQuoteWhoseAmountTwoFiguresShare_UsesTheOneTheQuoteNames()
    {
        const string first = "what's stargate?";
        const string second = "who's in it?";
        var one = await fixture.Engine.AnswerAsync(new Question(first));
        var two = await fixture.Engine.AnswerAsync(new Question(second, [new ConversationTurn(first, one.Text)]));

        var answer = await fixture.Engine.AnswerAsync(new Question("how many times nvidia's openai plan is it?", [new ConversationTurn(first, one.Text), new ConversationTurn(second, two.Text)]));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("5 times", answer.Text, StringComparison.Ordinal);
    }
}
