using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>One phrase of the phrasebook: whole Latin words, Chinese anywhere, prefixes and regular expressions.</summary>
public sealed class PhraseMatcherTests
{
    [Theory]
    [InlineData("gw", "how many gw is it", 9, 2)]
    [InlineData("gw", "3gw", -1, 0)]
    [InlineData("gw", "how many gwh", -1, 0)]
    [InlineData("per", "how much percent", -1, 0)]
    [InlineData("per", "cost per gw", 5, 3)]
    [InlineData("hi", "this is it", -1, 0)]
    [InlineData("hi", "hi!", 0, 2)]
    [InlineData("how much", "so how much?", 3, 8)]
    [InlineData("666", "666!", 0, 3)]
    [InlineData("666", "6666", -1, 0)]
    [InlineData("$", "$45bn", 0, 1)]
    [InlineData("/", "0.08/kwh", 4, 1)]
    [InlineData("GW", "in gw", 3, 2)]
    public void Matches_LatinPhrase_OnlyWholeWords(string phrase, string lower, int start, int length)
    {
        var matches = new PhraseMatcher(phrase).Matches(lower).ToList();

        if (start < 0)
        {
            Assert.Empty(matches);
        }
        else
        {
            Assert.Equal((start, length), Assert.Single(matches));
        }
    }

    [Theory]
    [InlineData("多少", "英伟达投资多少钱", 5, 2)]
    [InlineData("每", "每gw多少钱", 0, 1)]
    [InlineData("英伟达", "nvidia英伟达", 6, 3)]
    [InlineData("为什么", "为什么？", 0, 3)]
    public void Matches_ChinesePhrase_MatchesAnywhere(string phrase, string lower, int start, int length) =>
        Assert.Equal((start, length), Assert.Single(new PhraseMatcher(phrase).Matches(lower)));

    [Theory]
    [InlineData("worr*", "analysts worried", 9, 7)]
    [InlineData("worr*", "any worry?", 4, 5)]
    [InlineData("criticis*", "who criticised it", 4, 10)]
    public void Matches_Prefix_RunsToTheEndOfTheWord(string phrase, string lower, int start, int length) =>
        Assert.Equal((start, length), Assert.Single(new PhraseMatcher(phrase).Matches(lower)));

    [Theory]
    [InlineData("worr*", "unworried")]
    [InlineData("worr*", "wor")]
    public void Matches_PrefixInsideAnotherWord_DoesNotMatch(string phrase, string lower) =>
        Assert.Empty(new PhraseMatcher(phrase).Matches(lower));

    [Fact]
    public void Matches_PhraseTwice_FindsBoth() =>
        Assert.Equal([(0, 3), (8, 3)], new PhraseMatcher("per").Matches("per gw, per kwh").ToList());

    [Theory]
    [InlineData(@"re:\bl+o+l+\b", "lolll that's funny", 0, 5)]
    [InlineData(@"re:哈{2,}", "哈哈哈哈", 0, 4)]
    [InlineData(@"re:^\s*act as\b", "ACT AS my broker", 0, 6)]
    public void Matches_RegularExpression_IgnoresCase(string phrase, string lower, int start, int length) =>
        Assert.Equal((start, length), Assert.Single(new PhraseMatcher(phrase).Matches(lower)));

    [Fact]
    public void Matches_RegularExpressionOnHostileInput_ReturnsWithoutBacktracking()
    {
        // A pattern that backtracks exponentially with the default engine: the non-backtracking engine stays linear.
        var matcher = new PhraseMatcher(@"re:^(a+)+$");

        Assert.Empty(matcher.Matches(new string('a', 50_000) + "!"));
        // The backtracking check gave up on it, and the engine without backtracking answered.
        Assert.True(matcher.IsBuilt);
    }

    [Theory]
    [InlineData(@"re:^\s*(is|are|will)\b", "how much will nvidia invest in openai?")]
    [InlineData(@"re:(宣布|确认).{0,30}投资", "英伟达计划向openai投资多少钱？确认")]
    public void Matches_ExpressionThatCannotMatchTheText_NothingAndTheEngineIsNotBuilt(string phrase, string lower)
    {
        var matcher = new PhraseMatcher(phrase);

        Assert.Empty(matcher.Matches(lower));
        Assert.False(matcher.IsBuilt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankPhrase_Throws(string phrase) =>
        Assert.ThrowsAny<ArgumentException>(() => new PhraseMatcher(phrase));

    [Fact]
    public void Constructor_InvalidRegularExpression_Throws() =>
        Assert.ThrowsAny<ArgumentException>(() => new PhraseMatcher("re:(unclosed"));
}
