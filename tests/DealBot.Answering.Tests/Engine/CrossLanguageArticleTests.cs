using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// A question in one language finds the sentence of a later article written only in the other, through the everyday
/// words of news the glossary gives in both ("explained … slow" and "解释了…偏少"); and of the figures one sentence
/// lists, a calculation takes the one whose own clause names what is asked.
/// </summary>
public sealed class CrossLanguageArticleTests(CrossLanguageArticlesFixture fixture) : IClassFixture<CrossLanguageArticlesFixture>
{
    [Theory]
    [InlineData("who at nvidia explained why the first deliveries were slow?")]
    [InlineData("which exec explained the slow start of deliveries?")]
    public async Task AnswerAsync_EnglishQuestionAboutAChineseArticlesQuote_QuotesThatSentence(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("欧阳明", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == CrossLanguageArticlesFixture.ChineseId);
    }

    [Theory]
    [InlineData("what share of the 2,000 MW contract is solar?", "60%")]
    [InlineData("what share of the 2,000 MW contract is wind power?", "25%")]
    [InlineData("风电在这份2000兆瓦的合同里占多少比例？", "25%")]
    [InlineData("太阳能在这份2000兆瓦的合同里占多少比例？", "60%")]
    public async Task AnswerAsync_ShareOfOneOfTheFiguresASentenceLists_TakesTheFigureOfTheNamedClause(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == CrossLanguageArticlesFixture.EnglishId);
    }

    [Theory]
    [InlineData("how many megawatts does openai's coastal campus contract cover?", "and who at openai is running the infra there?", "Dana Okafor")]
    [InlineData("OpenAI沿海园区的电力合同一共多少兆瓦？", "OpenAI那边负责基础设施的是谁？", "Dana Okafor")]
    public async Task AnswerAsync_WhoFollowUpAboutALaterArticle_NamesItsPersonNotACuratedView(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Altman", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("奥尔特曼", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what did the nvidia vp Ming Ouyang say about the cooling?")]
    [InlineData("欧阳明对冷却系统是怎么说的？")]
    public async Task AnswerAsync_WhatAPersonOfALaterArticleSaid_QuotesThatArticleNotACuratedView(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.SourceId == CrossLanguageArticlesFixture.ChineseId);
        Assert.DoesNotContain("Altman", answer.Text, StringComparison.Ordinal);
    }
}
