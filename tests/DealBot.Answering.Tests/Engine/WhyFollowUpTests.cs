using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "why?" after an answer gives the reasoning behind it, even when the answer before already quoted the sentence that
/// holds it ("…to lower its costs"); members' words for the thing asked about ("自研", "its own chips") find it.
/// </summary>
public sealed class WhyFollowUpTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("is openai designing its own chips?", "why bother?", "cost")]
    [InlineData("OpenAI自己也在搞芯片吗", "为啥要自研", "成本")]
    public async Task AnswerAsync_WhyAfterAnAnswerHoldingTheReason_GivesThatReason(string first, string second, string reason)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(reason, answer.Text, StringComparison.Ordinal);
    }
}
