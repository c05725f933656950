using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// Asked to list the things of a kind a later article names, the answer is the sentence that names them all, not one
/// that names a single one of them.
/// </summary>
public sealed class ReviewListTests(ReviewListFixture fixture) : IClassFixture<ReviewListFixture>
{
    [Theory]
    [InlineData("list the competition authorities looking at the deal now", "Turkish Competition Authority", "Australian Competition and Consumer Commission")]
    [InlineData("which chip buyers filed the complaint? list them", "Paloma Systems", "Quillfeather AI")]
    [InlineData("列出正在审查这笔交易的竞争主管机构", "土耳其竞争管理局", "澳大利亚竞争与消费者委员会")]
    [InlineData("哪几家芯片买家提出了投诉？列一下", "帕洛玛系统", "羽笔人工智能")]
    public async Task AnswerAsync_ListOfWhatALaterArticleNames_QuotesTheSentenceNamingThemAll(string question, string first, string last)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(first, answer.Text, StringComparison.Ordinal);
        Assert.Contains(last, answer.Text, StringComparison.Ordinal);
    }
}
