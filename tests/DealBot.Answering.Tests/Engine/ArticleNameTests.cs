using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// A name only a later article uses ("Redwood Flats", "Pine Bay") makes the question about that article: its figures
/// and dates answer, in either language, and the curated headline figures do not.
/// </summary>
public sealed class ArticleNameTests(NamedSiteArticlesFixture fixture) : IClassFixture<NamedSiteArticlesFixture>
{
    [Theory]
    [InlineData("what does redwood flats cost per MW?", "32 million", NamedSiteArticlesFixture.EnglishId)]
    [InlineData("what's pine bay's build cost per MW?", "40 million", NamedSiteArticlesFixture.ChineseId)]
    [InlineData("第一阶段的1吉瓦里，除掉Redwood Flats还剩多少兆瓦？", "700兆瓦", NamedSiteArticlesFixture.EnglishId)]
    [InlineData("俄勒冈那个园区占第一阶段1千兆瓦的多少？", "30%", NamedSiteArticlesFixture.EnglishId)]
    public async Task AnswerAsync_CalculationAboutANamedSite_UsesThatArticlesFigures(string question, string expected, string article)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == article);
        var other = article == NamedSiteArticlesFixture.EnglishId ? NamedSiteArticlesFixture.ChineseId : NamedSiteArticlesFixture.EnglishId;
        Assert.DoesNotContain(answer.Citations, c => c.SourceId == other);
    }

    [Theory]
    [InlineData("how many days from the nvidia-openai announcement until pine bay's first racks power up?", "497")]
    [InlineData("从宣布到青松湾首批机柜通电有多少天？", "497")]
    public async Task AnswerAsync_DaysUntilANamedSitesDate_TakesTheDateNearestWhatIsAsked(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == NamedSiteArticlesFixture.ChineseId);
    }

    [Fact]
    public async Task AnswerAsync_ChineseQuestionNamingAnEnglishArticlesSite_FindsThatArticle()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("按1美元兑0.9欧元，Greyhollow建的那个园区造价合多少欧元？"));

        Assert.Contains("86.4亿欧元", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.SourceId == NamedSiteArticlesFixture.EnglishId);
    }

    [Fact]
    public async Task AnswerAsync_OnlyANameFromALaterArticle_IsInScope()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("who is greyhollow?"));

        Assert.NotEqual(AnswerStatus.OutOfScope, answer.Status);
    }
}
