using DealBot.Core.Facts;
using DealBot.Core.Matching;

namespace DealBot.Core.Tests.Matching;

public sealed class GlossaryMatcherTests
{
    private static readonly GlossaryMatcher Matcher = new(
    [
        new GlossaryEntry("nvidia", "company", ["Nvidia", "NVIDIA"], ["英伟达", "辉达"]),
        new GlossaryEntry("openai", "company", ["OpenAI"], ["OpenAI"]),
        new GlossaryEntry("gigawatt", "unit", ["gigawatt", "GW"], ["千兆瓦", "吉瓦"]),
        new GlossaryEntry("chinese-only", "concept", [], ["只有中文"]),
    ]);

    [Fact]
    public void WithEnglishNames_ChineseNames_BecomeTheEnglishDisplayName()
    {
        var text = Matcher.WithEnglishNames("辉达向OpenAI部署10吉瓦系统");

        Assert.Equal(" Nvidia 向OpenAI部署10 gigawatt 系统", text);
    }

    [Fact]
    public void WithEnglishNames_EnglishNames_AreLeftAsWritten()
    {
        const string Text = "NVIDIA and OpenAI plan 10 GW.";

        Assert.Same(Text, Matcher.WithEnglishNames(Text));
    }

    [Fact]
    public void WithoutNames_NamesInEitherLanguage_AreLeftOut()
    {
        var text = Matcher.WithoutNames("How much will NVIDIA (英伟达) invest in OpenAI?");

        Assert.Equal("How much will   ( ) invest in  ?", text);
    }

    [Fact]
    public void WithEnglishNames_EntityWithoutEnglishName_KeepsItsChineseName()
    {
        Assert.Equal("这里只有中文", Matcher.WithEnglishNames("这里只有中文"));
    }

    [Fact]
    public void Find_NamesInAnyCaseAnywhere_AreAllFound()
    {
        // Lower, upper and mixed case, at the very start and the very end, beside CJK text: every occurrence counts.
        var matches = Matcher.Find("oPENai和nvidia：Gigawatts? no, 3 gigawatt for OPENAI");

        Assert.Equal(["openai", "nvidia", "gigawatt", "openai"], matches.Select(m => m.Entry.Id));
        Assert.Equal([0, 7, 31, 44], matches.Select(m => m.Start));
    }

    [Fact]
    public void Find_ShortAllCapitalName_MatchesOnlyInCapitals()
    {
        var matches = Matcher.Find("gw or Gw, but 10 GW");

        Assert.Equal([17], matches.Select(m => m.Start));
    }
}
