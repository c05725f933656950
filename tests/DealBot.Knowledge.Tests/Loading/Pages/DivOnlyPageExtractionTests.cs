namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// A news page built of divs only: no &lt;article&gt;, &lt;main&gt;, &lt;header&gt;, &lt;footer&gt; or &lt;h1&gt;;
/// class names and the text are all there is to go by. The caption sits right above the first paragraph and the
/// author's card, a "More stories" list, a Trending box and the site's footer follow the story.
/// </summary>
public sealed class DivOnlyPageExtractionTests
{
    private static readonly SavedPage Page = SavedPage.Load("div-only-news.html");

    [Theory]
    [InlineData("Oracle said on Friday that the computing halls it is building for OpenAI will be filled with Nvidia systems on the Vera Rubin platform, tying its own expansion to the timetable of the Nvidia and OpenAI letter of intent.")]
    [InlineData("The letter of intent, signed on September 22, 2025, commits the two companies to at least 10 gigawatts of Nvidia systems for OpenAI, with the first gigawatt due in the second half of 2026.")]
    [InlineData("Oracle's shares gained about 6% on the day the Nvidia and OpenAI partnership was announced, and a spokesperson said on Friday the company had no further figures to share.")]
    [InlineData("Bernstein analyst Stacy Rasgon has said the arrangement raises questions about circularity, because Nvidia's money would flow back to Nvidia through chip purchases.")]
    public void Passages_StorySentence_IsKept(string sentence) => Page.AssertKept(sentence);

    [Fact]
    public void Passages_FirstParagraph_StartsAPassageWithoutTheCaptionOrByline() =>
        Assert.StartsWith("Oracle said on Friday", Page.Passages[0].Text, StringComparison.Ordinal);

    [Theory]
    [InlineData("The Daily Ledger")]
    [InlineData("Opinion")]
    [InlineData("Breaking: Markets open higher")]
    [InlineData("By Sam Example")]
    [InlineData("Friday 10 October 2025")]
    [InlineData("Servers in a test hall")]
    [InlineData("Photo: Daily Ledger archive")]
    [InlineData("Sam Example is the technology editor")]
    [InlineData("More stories")]
    [InlineData("five numbers that explain it")]
    [InlineData("Trending")]
    [InlineData("City council approves new bus lanes")]
    [InlineData("About us")]
    [InlineData("Terms of use")]
    [InlineData("registered in England and Wales")]
    [InlineData("Copyright 2025")]
    public void Passages_SiteFurniture_IsLeftOut(string text) => Page.AssertLeftOut(text);

    [Fact]
    public void Title_IsThePageTitleWithoutTheSiteName() =>
        Assert.Equal("Oracle says its OpenAI halls will run on Nvidia's Vera Rubin", Page.Document.Title);

    [Fact]
    public void Published_IsTheItempropDatePublished() => Assert.Equal(new DateOnly(2025, 10, 10), Page.Document.Published);
}
