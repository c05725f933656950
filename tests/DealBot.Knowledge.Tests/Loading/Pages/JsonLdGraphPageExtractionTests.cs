namespace DealBot.Knowledge.Tests.Loading.Pages;

/// <summary>
/// A page whose metadata is JSON-LD only: an @graph of an organisation, a website, a web page (with a date of its own)
/// and the NewsArticle (typed with an array); no og tags and no date meta tag. A second JSON-LD script is sloppy JSON.
/// </summary>
public sealed class JsonLdGraphPageExtractionTests
{
    private static readonly SavedPage Page = SavedPage.Load("jsonld-graph.html");

    [Theory]
    [InlineData("Analysts say the hardest part of Nvidia's plan to deploy at least 10 gigawatts of systems for OpenAI may be everything around the chips: power, cooling and the buildings that house them.")]
    [InlineData("The plan, announced in September 2025, foresees Nvidia investing up to US$100 billion in OpenAI as each gigawatt comes online, starting with the Vera Rubin platform in the second half of 2026.")]
    [InlineData("One gigawatt is roughly the output of a large power station, so each phase of the build-out needs grid connections that can take years to approve, several analysts noted.")]
    [InlineData("Memory makers and suppliers of networking gear could also see demand rise, although none of them has said how much of the plan's spending it expects to capture.")]
    [InlineData("The companies have said the details will be settled in a definitive agreement, which had not been signed by mid-October.")]
    public void Passages_StorySentence_IsKept(string sentence) => Page.AssertKept(sentence);

    [Theory]
    [InlineData("Newsletters")]
    [InlineData("10 GW and counting")]
    [InlineData("Priya Example")]
    [InlineData("6 min read")]
    [InlineData("Related coverage")]
    [InlineData("Five new Stargate sites announced")]
    [InlineData("The Compute Review Briefing")]
    [InlineData("Sign up for our free newsletter")]
    [InlineData("independent publication")]
    [InlineData("@graph")]
    public void Passages_SiteFurniture_IsLeftOut(string text) => Page.AssertLeftOut(text);

    [Fact]
    public void Passages_Subheading_LabelsThePassagesAfterIt() =>
        Assert.Contains("Power first", Page.Document.Text, StringComparison.Ordinal);

    [Fact]
    public void Title_IsTheJsonLdHeadline() =>
        Assert.Equal("Analysts weigh what 10 gigawatts means for Nvidia's supply chain", Page.Document.Title);

    [Fact]
    public void Published_IsTheNewsArticleDatePublished_InThePublishersTimeZone() =>
        Assert.Equal(new DateOnly(2025, 10, 11), Page.Document.Published);
}
