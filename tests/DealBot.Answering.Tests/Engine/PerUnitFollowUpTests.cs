using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "and per GW?" after "10 GW is how many households?": the count is only carried over from the question before, so
/// the follow-up asks for the count per unit, and a new number of units after it scales that rate.
/// </summary>
public sealed class PerUnitFollowUpTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("how many households is 10 GW equivalent to?", "and per GW?", "800,000 households per GW")]
    [InlineData("10 gigs = how many homes?", "per gw?", "800,000 households per GW")]
    public async Task AnswerAsync_PerUnitAfterACount_DividesTheCount(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NewNumberOfUnitsAfterTheRate_ScalesTheRate()
    {
        const string first = "how many households is 10 GW equivalent to?";
        const string second = "and per GW?";
        var one = await fixture.Engine.AnswerAsync(new Question(first));
        var two = await fixture.Engine.AnswerAsync(new Question(second, [new ConversationTurn(first, one.Text)]));

        var answer = await fixture.Engine.AnswerAsync(new Question("what about 2.5 GW?", [new ConversationTurn(first, one.Text), new ConversationTurn(second, two.Text)]));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("2 million households", answer.Text, StringComparison.Ordinal);
    }
}
