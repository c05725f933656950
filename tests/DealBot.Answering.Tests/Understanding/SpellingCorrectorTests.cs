using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>Small typos of the names that matter are forgiven; real words, numbers and Chinese are left alone.</summary>
public sealed class SpellingCorrectorTests
{
    private static readonly SpellingCorrector Small = new(
        ["committed", "invest", "first", "places"],
        ["Nvidia", "OpenAI", "Broadcom", "gigawatts", "household", "semiconductor", "plates", "planes"]);

    [Theory]
    [InlineData("how much did nvidai invest", "how much did nvidia invest")]
    [InlineData("is openia worth it", "is openai worth it")]
    [InlineData("what about brodcom", "what about broadcom")]
    [InlineData("10 gigawats", "10 gigawatts")]
    [InlineData("per houshold", "per household")]
    [InlineData("the semikonduktor supply", "the semiconductor supply")]
    [InlineData("nvidai投资了多少", "nvidia投资了多少")]
    [InlineData("(nvidai)", "(nvidia)")]
    public void Correct_SmallTypoOfAName_IsCorrected(string text, string expected) =>
        Assert.Equal(expected, Small.Correct(text));

    [Theory]
    [InlineData("how much did micrsoft invest in opnai?", "microsoft", "openai")]
    [InlineData("brodcom和oracel谁涨得多？", "broadcom", "oracle")]
    [InlineData("is the stargte valuaton per houshold known?", "stargate", "valuation")]
    [InlineData("what investmnt per houshold", "investment", "household")]
    public void Correct_ShippedVocabulary_CorrectsTyposInBothLanguages(string text, string first, string second)
    {
        var corrected = Spellers.Shipped.Correct(text).ToLowerInvariant();

        Assert.Contains(first, corrected, StringComparison.Ordinal);
        Assert.Contains(second, corrected, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The deal was committed and invested over several years.")]
    [InlineData("How many households, users and percent of the first tranche?")]
    [InlineData("What did the analysts say about the valuation and antitrust concerns?")]
    [InlineData("Nvidia OpenAI Broadcom Oracle Microsoft Stargate")]
    [InlineData("how much is 10 GW at $45bn per GW in 2026, 0.93 eur/usd?")]
    [InlineData("英伟达计划向OpenAI投资1000亿美元，10千兆瓦。")]
    public void Correct_RealWordsNamesAndNumbers_AreLeftAlone(string text) =>
        Assert.Same(text, Spellers.Shipped.Correct(text));

    [Theory]
    [InlineData("nvda oai amd")]
    [InlineData("1000000 2.5 3e9 45bn")]
    [InlineData("bvidia")]
    [InlineData("nviidiaa")]
    [InlineData("plaxes")]
    [InlineData("")]
    public void Correct_ShortWordsFarWordsOtherFirstLettersAndTies_AreLeftAlone(string text) =>
        Assert.Same(text, Small.Correct(text));

    [Fact]
    public void Correct_KnownWordCloseToATarget_IsNotReplaced() =>
        Assert.Equal("the places we went", Small.Correct("the places we went"));

    [Fact]
    public void Correct_Null_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Small.Correct(null!));
}
