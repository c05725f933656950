namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// A blog post in WordPress markup: the site header and menu, entry meta with a published and an updated time,
/// a classic wp-caption and a block figure, Jetpack sharing and related posts, the entry footer, the author bio,
/// two long comments and the comment form, a widget sidebar and the colophon.
/// </summary>
public sealed class WordPressPageExtractionTests
{
    private static readonly SavedPage Page = SavedPage.Load("wordpress-post.html");

    [Theory]
    [InlineData("When Nvidia and OpenAI signed their letter of intent in September 2025, the headline numbers were about money: up to US$100 billion from Nvidia, invested as the systems are deployed.")]
    [InlineData("This post looks instead at the first phase: one gigawatt of Nvidia systems on the Vera Rubin platform, planned to come online in the second half of 2026.")]
    [InlineData("A gigawatt of capacity is counted in racks and megawatts rather than in individual processors, because cooling and power delivery set the limits on how densely the systems can be packed.")]
    [InlineData("OpenAI has said it will need at least 10 gigawatts over the full plan, so the first phase is a tenth of the total if both companies keep to the letter of intent.")]
    public void Passages_StorySentence_IsKept(string sentence) => Page.AssertKept(sentence);

    [Theory]
    [InlineData("Skip to content")]
    [InlineData("Chips, clouds and the people who build them")]
    [InlineData("Archive")]
    [InlineData("Posted on")]
    [InlineData("October 11, 2025")]
    [InlineData("By Mei Chen")]
    [InlineData("Rows of liquid-cooled racks")]
    [InlineData("A Vera Rubin compute tray")]
    [InlineData("Share this")]
    [InlineData("Facebook")]
    [InlineData("Reading the Nvidia and OpenAI letter of intent line by line")]
    [InlineData("Categorized as")]
    [InlineData("Tagged")]
    [InlineData("Mei Chen writes about semiconductors")]
    [InlineData("View all of Mei Chen's posts")]
    [InlineData("Previous post")]
    [InlineData("thoughts on")]
    [InlineData("Really useful breakdown")]
    [InlineData("you underestimate how quickly the memory suppliers")]
    [InlineData("Leave a comment")]
    [InlineData("Your email address will not be published")]
    [InlineData("Recent Posts")]
    [InlineData("Proudly powered by")]
    public void Passages_SiteFurniture_IsLeftOut(string text) => Page.AssertLeftOut(text);

    [Fact]
    public void Title_IsTheEntryTitleHeading() => Assert.Equal("What the first gigawatt will look like", Page.Document.Title);

    [Fact]
    public void Published_IsThePublishedTime_NotTheUpdatedOne_InThePublishersTimeZone() =>
        Assert.Equal(new DateOnly(2025, 10, 10), Page.Document.Published);
}
