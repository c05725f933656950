using DealBot.Answering.Plugins;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Knowledge.Sparse;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Tests.Plugins;

public sealed class FiguresPluginTests
{
    private readonly FiguresPlugin _plugin = new(TestFacts.Catalog(), new LexicalMatchers(new FigureExtractor()), new FigureFormatter());

    [Fact]
    public void ItCanBeImported()
    {
        var plugin = KernelPluginFactory.CreateFromObject(_plugin);

        Assert.Equal(2, plugin.FunctionCount);
    }

    [Theory]
    [InlineData("What is OpenAI's valuation?", "en", "openai-valuation")]
    [InlineData("OpenAI的估值是多少？", "zh", "openai-valuation")]
    [InlineData("How big is the first tranche?", "en", "first-investment")]
    [InlineData("首笔投资多少钱", "zh", "first-investment")]
    [InlineData("how many gigawatts", "en", "planned-capacity-total")]
    [InlineData("部署多少吉瓦", "zh", "planned-capacity-total")]
    [InlineData("how many households", "en", "households-equivalent")]
    public async Task FindFiguresAsync_QuestionInEitherLanguage_BestFigureFirst(string query, string language, string expected)
    {
        var found = await _plugin.FindFiguresAsync(query, language);

        Assert.Equal(expected, found[0].Id);
    }

    [Fact]
    public async Task FindFiguresAsync_Chinese_DisplayAndSourceInChinese()
    {
        var found = await _plugin.FindFiguresAsync("投资总额", "zh", limit: 1);

        var figure = Assert.Single(found);
        Assert.Equal("高达1000亿美元", figure.Display);
        Assert.Equal("deal-structure-zh#nvidia-investment-total", figure.Reference);
        Assert.Equal("英伟达计划向OpenAI投资最高1000亿美元", figure.Sources[0].Quote);
        Assert.Equal(Qualifier.UpTo, figure.Qualifier);
        Assert.Equal(new DateOnly(2025, 9, 23), figure.AsOf);
    }

    [Fact]
    public async Task FindFiguresAsync_English_DisplayWithHedge()
    {
        var found = await _plugin.FindFiguresAsync("gigawatts", "en", limit: 1);

        Assert.Equal("at least 10 GW", found[0].Display);
        Assert.Equal(10e9m, found[0].Value);
        Assert.Equal("W", found[0].Unit);
    }

    [Fact]
    public async Task FindFiguresAsync_Unrelated_Empty()
    {
        Assert.Empty(await _plugin.FindFiguresAsync("weather in Paris"));
    }

    [Fact]
    public async Task GetFigureAsync_ById_Found()
    {
        var figure = await _plugin.GetFigureAsync("first-investment");

        Assert.Equal("US$10 billion", figure!.Display);
    }
}
