using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// A question in one language finds the sentence of a later article written only in the other through the news words
/// the glossary gives in both: a regulator's name and its spokeswoman (英国竞争与市场管理局, 发言人), a consultation and its
/// deadline (征求意见, 截止), a nuclear plant, a utility, a grid connection and a general manager (核电站, 电力公司,
/// 并网, 总经理). The embedding model knows English only, so without these words the question does not reach the
/// other language's article.
/// </summary>
public sealed class NewsVocabularyTests(NewsVocabularyArticlesFixture fixture) : IClassFixture<NewsVocabularyArticlesFixture>
{
    [Theory]
    [InlineData("英国竞争与市场管理局的发言人是谁？", "Priya Halden")]
    [InlineData("监管机构的公开征求意见什么时候截止？", "January 15, 2027")]
    public async Task AnswerAsync_ChineseQuestionAboutAnEnglishArticle_QuotesTheSentenceItsNewsWordsName(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == NewsVocabularyArticlesFixture.EnglishId);
    }

    [Theory]
    [InlineData("when will the nuclear plant be connected to the grid?", "2028年3月")]
    [InlineData("which utility will connect the campus's nuclear power to the grid?", "2028年3月")]
    [InlineData("who is the general manager of the campus that runs on nuclear power?", "周立衡")]
    public async Task AnswerAsync_EnglishQuestionAboutAChineseArticle_QuotesTheSentenceItsNewsWordsName(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == NewsVocabularyArticlesFixture.ChineseId);
    }
}
