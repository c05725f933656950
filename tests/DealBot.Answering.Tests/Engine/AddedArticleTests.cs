using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>An article a moderator adds later is answered from its passages, though no curated fact states its figures.</summary>
public sealed class AddedArticleTests(AddedArticleFixture fixture) : IClassFixture<AddedArticleFixture>
{
    [Theory]
    [InlineData("How much is Nvidia's second investment in OpenAI?", "15 billion", AddedArticleFixture.EnglishId)]
    [InlineData("What will Nvidia's second investment in OpenAI amount to?", "15 billion", AddedArticleFixture.EnglishId)]
    [InlineData("英伟达对OpenAI的第二笔投资是多少？", "150亿美元", AddedArticleFixture.ChineseId)]
    [InlineData("When did Nvidia and OpenAI sign the definitive agreement?", "January 15, 2026", AddedArticleFixture.EnglishId)]
    [InlineData("最终协议是哪天签署的？", "2026年1月15日", AddedArticleFixture.ChineseId)]
    public async Task AnswerAsync_FigureOnlyTheNewArticleStates_QuotedAndCited(string question, string figure, string article)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == article);
    }

    [Theory]
    [InlineData("How much will Nvidia invest in OpenAI in total?", "100 billion")]
    [InlineData("How much is Nvidia's first investment?", "10 billion")]
    public async Task AnswerAsync_FigureTheFactsState_StillFromTheFacts(string question, string figure)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.SourceId is AddedArticleFixture.EnglishId or AddedArticleFixture.ChineseId);
    }
}
