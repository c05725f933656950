using System.Text.Json;
using System.Text.RegularExpressions;
using DealBot.Answering.Understanding;
using DealBot.Testing;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>The texts a phrasebook expression cannot match without one of, used to skip building and running it.</summary>
public sealed class RequiredTextTests
{
    [Theory]
    [InlineData("(投资|投入|出资)[^，。？?]{0,6}多少", "投资,投入,出资 | 多少")]
    [InlineData("笔[^，。？?]{0,4}多少", "笔 | 多少")]
    [InlineData("写.{0,12}(诗|歌)", "写 | 诗,歌")]
    [InlineData("how (much|many) more money", "how  | much,many |  more money")]
    [InlineData("abc?d", "ab | d")]
    [InlineData(@"per\s+gw", "per | gw")]
    [InlineData(@"\bl+o+l+\b", "l | lo | ol | l")]
    [InlineData("哈{2,}", "哈 | 哈")]
    [InlineData("x{0,3}yz", "yz")]
    [InlineData("a|b", "a,b")]
    [InlineData("(a|b)", "a,b")]
    [InlineData(@"\b(weather|forecast|temperature)\b", "weather,forecast,temperature")]
    [InlineData(@"\b(ignore|forget)\b.{0,40}\b(instruction|rule)", "ignore,forget | instruction,rule")]
    [InlineData(@"(^|[.!;,]\s*)(please\s+)?(announce|tell (everyone|users))\b", "announce,tell ")]
    [InlineData(@"\b(ha){2,}h?\b", "ha")]
    [InlineData("(?:yes|no)+ sir", "yes,no |  sir")]
    [InlineData("((a|bb)c|dd)", "c,dd")]
    [InlineData("(ab(c|d))", "ab | c,d")]
    public void Of_Pattern_EveryRequirementEveryMatchMeets(string pattern, string expected) =>
        Assert.Equal(
            expected.Split(" | ").Select(r => r.Split(',')),
            RequiredText.Of(pattern));

    [Theory]
    [InlineData("[ab]+")]
    [InlineData("x?")]
    [InlineData("(a|)")]
    [InlineData("(a|b)?c*")]
    [InlineData(@"\d+\s")]
    [InlineData("(?i)abc")]
    [InlineData("(?<word>abc)")]
    [InlineData(@"\u4e00abc")]
    [InlineData("[a-z-[aeiou]]xyz")]
    [InlineData("a{,2}bc")]
    public void Of_NothingCertain_IsEmpty(string pattern) =>
        Assert.Empty(RequiredText.Of(pattern));

    [Theory]
    [InlineData(@"re:\b(i|we)\b.{0,30}\b(buy|sell)\b.{0,30}\b(stock|nvidia)\b", "how much will nvidia invest in openai?")]
    [InlineData(@"re:^\W*l+m+a+o+\W*$", "how much will nvidia invest in openai?")]
    public void Matches_OneRequirementUnmet_NothingAndTheExpressionIsNotBuilt(string phrase, string lower)
    {
        var matcher = new PhraseMatcher(phrase);

        Assert.Empty(matcher.Matches(lower));
        Assert.False(matcher.IsBuilt);
    }

    [Theory]
    [InlineData("re:(?=a)b")]
    [InlineData(@"re:(a)\1")]
    [InlineData("re:(?>a+)b")]
    public void Constructor_WhatTheNonBacktrackingEngineCannotRun_ThrowsAtLoad(string phrase) =>
        Assert.ThrowsAny<ArgumentException>(() => new PhraseMatcher(phrase));

    [Fact]
    public void Matches_EveryShippedExpression_SameAsRunningItOnEveryText()
    {
        // Property: skipping an expression none of whose required texts is present never loses a match.
        var root = Path.Combine(AppContext.BaseDirectory, "Resources");
        var texts = Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()!.ToLowerInvariant())
            .ToList();
        using var book = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "DealBot.Answering", "Understanding", "phrasebook.json")));
        var phrases = book.RootElement.GetProperty("cues").EnumerateObject()
            .SelectMany(c => c.Value.EnumerateObject().Where(l => l.Name != "about").SelectMany(l => l.Value.EnumerateArray().Select(p => p.GetString()!)))
            .Where(p => p.StartsWith("re:", StringComparison.Ordinal)).Distinct().ToList();
        foreach (var phrase in phrases)
        {
            var matcher = new PhraseMatcher(phrase);
            var plain = new Regex(phrase[3..], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            foreach (var text in texts)
            {
                Assert.Equal(plain.Matches(text).Select(m => (m.Index, m.Length)), matcher.Matches(text));
            }
        }

        Assert.True(phrases.Count >= 10 && texts.Count >= 300, $"{phrases.Count} expressions over {texts.Count} texts");
    }
}
