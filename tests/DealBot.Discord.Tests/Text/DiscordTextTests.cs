using DealBot.Discord.Models;

namespace DealBot.Discord.Tests.Text;

public sealed class DiscordTextTests
{
    [Fact]
    public void Split_ShortText_ReturnsItWhole() => Assert.Equal(["Nvidia will invest."], DiscordText.Split("  Nvidia will invest.  "));

    [Fact]
    public void Split_Empty_ReturnsNothing() => Assert.Empty(DiscordText.Split("   "));

    [Fact]
    public void Split_Paragraphs_CutsAtParagraphBreak()
    {
        var first = new string('a', 1200);
        var second = new string('b', 1200);

        var parts = DiscordText.Split(first + "\n\n" + second);

        Assert.Equal([first, second], parts);
    }

    [Fact]
    public void Split_OneLongParagraph_CutsAfterSentenceNotInsideNumber()
    {
        var sentence = "Nvidia intends to invest up to $100 billion, or 64.57 units of something, in OpenAI. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 60));

        var parts = DiscordText.Split(text);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, DiscordLimits.MessageContent));
        Assert.All(parts, p => Assert.EndsWith("in OpenAI.", p));
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal), string.Concat(parts).Replace(" ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_ChineseWithoutSpaces_CutsAfterFullStop()
    {
        var sentence = "英伟达计划向OpenAI投资最多1000亿美元。";
        var text = string.Concat(Enumerable.Repeat(sentence, 150));

        var parts = DiscordText.Split(text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, DiscordLimits.MessageContent));
        Assert.All(parts, p => Assert.EndsWith("。", p));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Split_UnbrokenRunWithEmoji_CutsHardWithoutSplittingSurrogatePairs()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1500));

        var parts = DiscordText.Split(text, 2001);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 2001));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Truncate_LongText_EndsAtWordWithEllipsisWithinLimit()
    {
        var result = DiscordText.Truncate("The deal is worth up to one hundred billion dollars over time", 30);

        Assert.True(result.Length <= 30);
        Assert.EndsWith("…", result);
        Assert.Equal("The deal is worth up to one…", result);
    }

    [Fact]
    public void Fit_OversizedEmbed_RespectsFieldAndTotalLimits()
    {
        var embed = new Embed
        {
            Title = new string('t', 300),
            Description = new string('d', 5000),
            Fields = Enumerable.Range(0, 30).Select(i => new EmbedField { Name = "n" + i, Value = new string('v', 2000) }).ToList(),
            Footer = new EmbedFooter { Text = new string('f', 3000) },
        };

        var fitted = EmbedFitter.Fit(embed);

        Assert.True(fitted.Title!.Length <= DiscordLimits.EmbedTitle);
        Assert.True(fitted.Footer!.Text.Length <= DiscordLimits.EmbedFooter);
        Assert.Equal(DiscordLimits.EmbedFields, fitted.Fields!.Count);
        Assert.All(fitted.Fields, f => Assert.True(f.Value.Length <= DiscordLimits.EmbedFieldValue));
        Assert.True(fitted.Description!.Length <= DiscordLimits.EmbedDescription);
    }

    [Fact]
    public void Fit_DescriptionPushesTotalOver6000_ShortensDescription()
    {
        var embed = new Embed
        {
            Description = new string('d', 4000),
            Fields = Enumerable.Range(0, 3).Select(i => new EmbedField { Name = "n", Value = new string('v', 1000) }).ToList(),
        };

        var fitted = EmbedFitter.Fit(embed);

        Assert.True(EmbedFitter.CountCharacters(fitted) <= DiscordLimits.EmbedTotal);
        Assert.EndsWith("…", fitted.Description);
    }
}
