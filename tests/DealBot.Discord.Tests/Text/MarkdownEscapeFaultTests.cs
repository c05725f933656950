using DealBot.Discord.Models;
using DealBot.Discord.Testing;

namespace DealBot.Discord.Tests.Text;

/// <summary>
/// Hostile text from articles, facts and members, escaped for Discord: each row's exact escaped form (Z marks the
/// invisible zero-width space), what a member then reads (the original, word for word), and splitting and
/// shortening that never cut an escape in two or break a limit.
/// </summary>
public sealed class MarkdownEscapeFaultTests
{
    private const string Z = "\u200B";

    public static TheoryData<string, string> Hostile => new()
    {
        { "[nvidia.com/terms](https://example.invalid)", $@"\[nvidia.com/terms\](https:{Z}//example.invalid)" },
        { "@everyone look", $"@{Z}everyone look" },
        { "ping @here and @Everyone", $"ping @{Z}here and @{Z}Everyone" },
        { "<@123> and <@!123>", @"\<@123\> and \<@!123\>" },
        { "<@&456> in <#789>", @"\<@&456\> in \<\#789\>" },
        { "**bold** and *it*", @"\*\*bold\*\* and \*it\*" },
        { "# heading", @"\# heading" },
        { "## Buy now\n### now", "\\#\\# Buy now\n\\#\\#\\# now" },
        { "> quote", @"\> quote" },
        { ">>> the rest", @"\>\>\> the rest" },
        { "`code`", @"\`code\`" },
        { "```js\nalert(1)\n```", "\\`\\`\\`js\nalert(1)\n\\`\\`\\`" },
        { "||spoiler||", @"\|\|spoiler\|\|" },
        { "__under__ ~~strike~~ _it_", @"\_\_under\_\_ \~\~strike\~\~ \_it\_" },
        { "see https://example.invalid/x?y=1", $"see https:{Z}//example.invalid/x?y=1" },
        { "<https://example.invalid>", $@"\<https:{Z}//example.invalid\>" },
        { "- item\n+ other\n1. first", "\\- item\n\\+ other\n1\\. first" },
        { "-# small print", @"-\# small print" },
        { "<t:1700000000:R> <:nv:42>", @"\<t:1700000000:R\> \<:nv:42\>" },
        { @"C:\dir\*.md", @"C:\\dir\\\*.md" },
        { "OpenAI–Nvidia: up to US$100 billion (2025-09-23), at least 10 GW.", "OpenAI–Nvidia: up to US$100 billion (2025-09-23), at least 10 GW." },
        { "英伟达计划向OpenAI投资最多1000亿美元。", "英伟达计划向OpenAI投资最多1000亿美元。" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escape_HostileText_ExactlyTheEscapedForm(string text, string expected) => Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Escape_HostileText_MemberReadsTheOriginalWordForWord(string text, string _) => Assert.Equal(text, DiscordLiteral.Shown(DiscordMarkdown.Escape(text)));

    [Theory]
    [InlineData('*')]
    [InlineData('\\')]
    [InlineData('|')]
    public void Split_LongRunOfEscapedCharacters_NoPartEndsInHalfAnEscapeAndNothingIsLost(char character)
    {
        // One plain character first, so that every 2000-character window ends between a backslash and what it escapes.
        var original = "a" + new string(character, 3000);
        var escaped = DiscordMarkdown.Escape(original);

        var parts = DiscordText.Split(escaped);

        Assert.True(parts.Count >= 3);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, DiscordLimits.MessageContent));
        Assert.All(parts, p => Assert.False(DiscordLiteral.EndsInLoneBackslash(p), "a part ends in a lone backslash"));
        Assert.Equal(original, string.Concat(parts.Select(DiscordLiteral.Shown)));
    }

    [Fact]
    public void Split_HostileProse_StillCutsAtSentencesWithinTheLimit()
    {
        var sentence = "Read **this** at [nvidia.com](https://example.invalid) now, @everyone. ";
        var escaped = DiscordMarkdown.Escape(string.Concat(Enumerable.Repeat(sentence, 60)).Trim());

        var parts = DiscordText.Split(escaped);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, DiscordLimits.MessageContent));
        Assert.All(parts, p => Assert.EndsWith($"@{Z}everyone.", p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(1024)]
    [InlineData(4096)]
    public void Truncate_EscapedText_FitsAndNeverEndsInHalfAnEscape(int limit)
    {
        var escaped = DiscordMarkdown.Escape(new string('_', 5000));

        var shortened = DiscordText.Truncate(escaped, limit);

        Assert.InRange(shortened.Length, 1, limit);
        Assert.EndsWith("…", shortened, StringComparison.Ordinal);
        Assert.False(DiscordLiteral.EndsInLoneBackslash(shortened[..^1]));
    }

    [Fact]
    public void Fit_EmbedOfEscapedText_WithinEveryLimit()
    {
        var hostile = DiscordMarkdown.Escape(string.Concat(Enumerable.Repeat("[x](https://e.invalid) **b** ", 400)));
        var embed = new Embed
        {
            Title = hostile,
            Description = hostile,
            Fields = [.. Enumerable.Range(0, 30).Select(i => new EmbedField { Name = hostile, Value = hostile })],
            Footer = new EmbedFooter { Text = hostile },
        };

        var fitted = EmbedFitter.Fit(embed);

        Assert.InRange(fitted.Title!.Length, 1, DiscordLimits.EmbedTitle);
        Assert.InRange(fitted.Description!.Length, 1, DiscordLimits.EmbedDescription);
        Assert.All(fitted.Fields!, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.EmbedFieldValue));
        Assert.All(fitted.Fields!, f => Assert.False(DiscordLiteral.EndsInLoneBackslash(f.Name[..^1])));
        Assert.Equal(DiscordLimits.EmbedFields, fitted.Fields!.Count);
    }
}
