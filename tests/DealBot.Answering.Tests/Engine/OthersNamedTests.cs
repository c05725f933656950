using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "who else is in on that?", "还有哪些公司也这么干" right after an answer: the other companies the sentences it quoted
/// name, besides the deal's parties and those already asked about.
/// </summary>
public sealed class OthersNamedTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("is openai designing its own chips?", "which other companies do that too?", "Google", "Amazon")]
    [InlineData("OpenAI自己也在搞芯片吗", "还有哪些公司也这么干", "谷歌", "亚马逊")]
    [InlineData("what's broadcom's link with openai?", "who else is in on that?", "TSMC", "TSMC")]
    public async Task AnswerAsync_OthersAfterAnAnswer_NamesTheOtherCompaniesItsSentencesName(string first, string second, string one, string another)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(one, answer.Text, StringComparison.Ordinal);
        Assert.Contains(another, answer.Text, StringComparison.Ordinal);
        Assert.False(answer.Text.StartsWith("- ", StringComparison.Ordinal), answer.Text);
    }
}
