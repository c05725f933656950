using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>A comparison that names one side only compares with the answer just given.</summary>
public sealed class ComparisonFollowUpTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("how much did nvidia commit to intel?", "how many times bigger is the openai plan?", "20 times")]
    [InlineData("星际之门规模多大", "是老黄这笔的几倍", "5倍")]
    [InlineData("nvda's intel thing, how much was it?", "how does that compare with the oai plan?", "20 times")]
    [InlineData("英伟达给英特尔投了多少？", "跟OpenAI这笔比一比呢？", "20倍")]
    public async Task AnswerAsync_OneSidedComparison_DividesByThePreviousAnswer(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ComparisonNamingBothSides_StandsAlone()
    {
        ConversationTurn[] history = [new("how much did nvidia commit to intel?", "US$5 billion.")];

        var answer = await fixture.Engine.AnswerAsync(new Question("How many times larger is Stargate than Nvidia's planned investment in OpenAI?", history));

        Assert.Contains("5 times", answer.Text, StringComparison.Ordinal);
    }
}
