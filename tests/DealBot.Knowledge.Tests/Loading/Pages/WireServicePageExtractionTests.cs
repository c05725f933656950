namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>A wire service's story page: &lt;article&gt;, og metadata, a cookie banner, a ticker, a share bar, a photo, Most read.</summary>
public sealed class WireServicePageExtractionTests
{
    private static readonly SavedPage Page = SavedPage.Load("wire-article.html");

    [Theory]
    [InlineData("SAN FRANCISCO, Oct 9 (Global Wire) - Nvidia and OpenAI said on Thursday that the first gigawatt of Nvidia systems under their letter of intent will be installed at a data centre campus in Texas, the first site the two companies have named since announcing the partnership.")]
    [InlineData("The companies said the first phase is still planned to come online in the second half of 2026 on Nvidia's Vera Rubin platform, as they set out when they signed the letter of intent on September 22.")]
    [InlineData("Nvidia intends to invest up to US$100 billion in OpenAI progressively as each gigawatt is deployed, and the first US$10 billion would follow a definitive agreement, according to the two companies.")]
    [InlineData("Neither company gave the expected cost of the Texas campus, and a spokesperson for OpenAI declined to say when the definitive agreement would be signed.")]
    [InlineData("Analysts said the choice of site matters less than the timing of power supply, since at least 10 gigawatts of capacity is needed over the life of the plan.")]
    public void Passages_StorySentence_IsKept(string sentence) => Page.AssertKept(sentence);

    [Theory]
    [InlineData("We use cookies")]
    [InlineData("Accept all cookies")]
    [InlineData("Business")]
    [InlineData("NVDA 192.57")]
    [InlineData("By Jane Roe")]
    [InlineData("October 9, 2025 1:05 PM")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("Share on X")]
    [InlineData("A construction crew works at a data centre campus")]
    [InlineData("GLOBAL WIRE/Ann Example")]
    [InlineData("Read more: What the Nvidia-OpenAI letter of intent says")]
    [InlineData("Reporting by Jane Roe")]
    [InlineData("Our Standards")]
    [InlineData("Most read")]
    [InlineData("Oil prices slip")]
    [InlineData("All quotes delayed")]
    [InlineData("All rights reserved")]
    [InlineData("dataLayer")]
    public void Passages_SiteFurniture_IsLeftOut(string text) => Page.AssertLeftOut(text);

    [Fact]
    public void Title_IsTheOgTitle() => Assert.Equal("Nvidia and OpenAI pick Texas for first Vera Rubin systems", Page.Document.Title);

    [Fact]
    public void Published_IsTheArticlePublishedTimeMeta()
    {
        Assert.Equal(new DateOnly(2025, 10, 9), Page.Document.Published);
        Assert.All(Page.Passages, p => Assert.Equal(new DateOnly(2025, 10, 9), p.Published));
        Assert.Empty(Page.Loaded.Warnings);
    }

    [Fact]
    public void SourceUrl_IsTheOgUrl() => Assert.Equal("https://wire.example/technology/nvidia-openai-texas-2025-10-09/", Page.Document.SourceUrl);
}
