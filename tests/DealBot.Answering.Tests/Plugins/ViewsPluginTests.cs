using DealBot.Answering.Plugins;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Knowledge.Sparse;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Tests.Plugins;

public sealed class ViewsPluginTests
{
    private readonly ViewsPlugin _plugin = new(TestFacts.Catalog(), new LexicalMatchers(new FigureExtractor()));

    [Fact]
    public void ItCanBeImported()
    {
        var plugin = KernelPluginFactory.CreateFromObject(_plugin);

        Assert.Equal(1, plugin.FunctionCount);
    }

    [Theory]
    [InlineData("伯恩斯坦的分析师怎么看？", "zh", "rasgon-circularity")]
    [InlineData("What did Bernstein say?", "en", "rasgon-circularity")]
    [InlineData("antitrust concerns", "en", "barlow-antitrust")]
    [InlineData("反垄断", "zh", "barlow-antitrust")]
    [InlineData("What does Sam Altman think?", "en", "altman-compute")]
    [InlineData("巴洛", "zh", "barlow-antitrust")]
    public async Task FindViewsAsync_PersonOrganisationOrTopic_BestViewFirst(string query, string language, string expected)
    {
        var found = await _plugin.FindViewsAsync(query, language);

        Assert.Equal(expected, found[0].Id);
    }

    [Fact]
    public async Task FindViewsAsync_Chinese_TextAndSourcesInChinese()
    {
        var found = await _plugin.FindViewsAsync("伯恩斯坦", "zh", limit: 1);

        var view = Assert.Single(found);
        Assert.Equal("伯恩斯坦分析师", view.Affiliation);
        Assert.Equal("analysts-antitrust-zh", view.Sources[0].ArticleId);
    }

    [Fact]
    public async Task FindViewsAsync_Unrelated_Empty()
    {
        Assert.Empty(await _plugin.FindViewsAsync("recipe for dumplings"));
    }
}
