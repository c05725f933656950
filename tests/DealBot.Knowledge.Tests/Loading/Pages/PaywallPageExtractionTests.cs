namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// A subscription site's story with a paywall meter, a newsletter box and a "More on this story" box in the middle of
/// the story and a subscription wall after it; the boxes have meaningless class names ("unit-a7"), so only what they
/// say gives them away.
/// </summary>
public sealed class PaywallPageExtractionTests
{
    private static readonly SavedPage Page = SavedPage.Load("paywall-newsletter.html");

    [Theory]
    [InlineData("Nvidia's first investment in OpenAI under their letter of intent would be US$10 billion, to be made once a definitive agreement is signed, the companies said when they announced the partnership in September.")]
    [InlineData("That first tranche would buy non-voting shares of OpenAI, and OpenAI would spend the money on Nvidia systems, a structure some analysts have called circular.")]
    [InlineData("Reports at the time put OpenAI's valuation at about US$500 billion, based on a recent share sale by employees, which would make the first tranche a small slice of the company.")]
    [InlineData("The rest of the planned investment, up to US$100 billion in all, would follow as each gigawatt of Nvidia systems is deployed for OpenAI.")]
    [InlineData("Neither company has said when the definitive agreement will be signed, and the terms could still change before then.")]
    public void Passages_StorySentence_IsKept(string sentence) => Page.AssertKept(sentence);

    [Theory]
    [InlineData("Log in")]
    [InlineData("By Alex Example")]
    [InlineData("Oct. 12, 2025 8:00 am ET")]
    [InlineData("Getty Images")]
    [InlineData("You have 2 free articles left this month.")]
    [InlineData("Subscribe now for unlimited access")]
    [InlineData("Chips Weekly")]
    [InlineData("in your inbox")]
    [InlineData("Enter your email")]
    [InlineData("More on this story")]
    [InlineData("Nvidia shares hit a record after the OpenAI news")]
    [InlineData("the race for AI data centres")]
    [InlineData("This article is for subscribers")]
    [InlineData("Already a subscriber")]
    [InlineData("Terms")]
    public void Passages_SiteFurniture_IsLeftOut(string text) => Page.AssertLeftOut(text);

    [Fact]
    public void Title_IsTheOgTitleWithoutTheSiteName() =>
        Assert.Equal("Nvidia's OpenAI stake: what the first US$10 billion buys", Page.Document.Title);

    [Fact]
    public void Published_IsTheOgArticlePublishedTime() => Assert.Equal(new DateOnly(2025, 10, 12), Page.Document.Published);
}
