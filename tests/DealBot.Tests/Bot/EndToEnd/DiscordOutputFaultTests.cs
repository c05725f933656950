using System.Text.Json;
using DealBot.Core.Answers;
using DealBot.Core.Facts;
using DealBot.Discord;
using DealBot.Discord.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// Text the bot did not write, through the fake Discord: quotes and answer text, article titles, the member's own
/// words echoed back, source names in /sources and timeline texts. Each is posted escaped, exactly (Z marks the
/// invisible zero-width space), so it reads as written and becomes no link, ping, heading or formatting; long
/// hostile text still splits within Discord's limits.
/// </summary>
[Collection(BotCollection.Name)]
public sealed class DiscordOutputFaultTests(KnowledgeSnapshot knowledge)
{
    private const string Z = "\u200B";
    private const string HowMuch = "How much will Nvidia invest in OpenAI?";

    public static TheoryData<string, string> HostileAnswers => new()
    {
        { "See [nvidia.com/terms](https://example.invalid) for details.", $@"See \[nvidia.com/terms\](https:{Z}//example.invalid) for details." },
        { "@everyone Nvidia invests up to US$100 billion.", $"@{Z}everyone Nvidia invests up to US$100 billion." },
        { "Ask <@123> or <@&456> in <#789>.", @"Ask \<@123\> or \<@&456\> in \<\#789\>." },
        { "**Up to** US$100 billion, __at least__ 10 GW.", @"\*\*Up to\*\* US$100 billion, \_\_at least\_\_ 10 GW." },
        { "# Sell now\n> Nvidia invests up to US$100 billion.", "\\# Sell now\n\\> Nvidia invests up to US$100 billion." },
        { "Run `rm -rf` and ||buy||.", @"Run \`rm -rf\` and \|\|buy\|\|." },
        { "Source: https://example.invalid/deal", $"Source: https:{Z}//example.invalid/deal" },
    };

    [Theory]
    [MemberData(nameof(HostileAnswers))]
    public async Task A_hostile_answer_text_is_posted_escaped_exactly(string text, string posted)
    {
        await using var bot = await StartAsync(ScriptedAnswers.Saying(text));

        var reply = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, HowMuch));

        Assert.Equal(posted, reply.Content);
        DiscordAssert.PingsNobody(reply);
        Assert.Empty(bot.Fake.Rest.RefusedBodies);
    }

    [Fact]
    public async Task A_hostile_title_and_quote_are_escaped_in_the_sources_embed_of_an_ask()
    {
        var citation = new Citation("evil-en", "[Official terms](https://example.invalid)", ScriptedAnswers.AsOf, "**Buy** now, <@123> @here # really");
        await using var bot = await StartAsync(ScriptedAnswers.Saying("Nvidia invests up to US$100 billion.", citation));

        var answer = await bot.ResponseToAsync(bot.Community.Ask(bot.Community.Alice, HowMuch));

        var field = answer.GetProperty("embeds")[0].GetProperty("fields")[0];
        Assert.Equal($@"[1] \[Official terms\](https:{Z}//example.invalid) · 2025-09-23", field.GetProperty("name").GetString());
        Assert.Equal($@"> \*\*Buy\*\* now, \<@123\> @{Z}here \# really", field.GetProperty("value").GetString());
        Assert.Empty(answer.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    [Fact]
    public async Task The_members_question_echoed_back_is_escaped()
    {
        await using var bot = await StartAsync(new ScriptedAnswers(q => ScriptedAnswers.Answered(q.Text, $"You asked: {q.Text}", [])));

        var reply = await bot.ReplyToAsync(bot.Community.Mention(bot.Community.Alice, "@everyone see [terms](https://evil.invalid) **now**"));

        Assert.Equal($@"You asked: @{Z}everyone see \[terms\](https:{Z}//evil.invalid) \*\*now\*\*", reply.Content);
    }

    [Fact]
    public async Task A_hostile_article_title_is_escaped_in_sources()
    {
        await using var bot = await StartWithHostileCatalogAsync();

        var listing = await bot.ResponseToAsync(bot.Community.Command(bot.Community.Alice, "sources"));

        var description = listing.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.StartsWith($@"• **\[Free GPUs\](https:{Z}//evil.invalid) @{Z}everyone \# now** — 2030-01-01 · English", description, StringComparison.Ordinal);
        Assert.Contains("Nvidia and OpenAI sign a letter of intent", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hostile_timeline_text_is_escaped_in_timeline()
    {
        await using var bot = await StartWithHostileCatalogAsync();

        var listing = await bot.ResponseToAsync(bot.Community.Command(bot.Community.Alice, "timeline"));

        var description = listing.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.StartsWith($@"• **\[soon\](https:{Z}//evil.invalid)** — \*\*Pinned\*\*: \<@&1\> \|\|spoiler\|\| \> quoted", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_hostile_answer_is_split_within_the_limits_without_cutting_an_escape()
    {
        var text = string.Concat(Enumerable.Repeat("[x](https://e.invalid) **b** <@1> ", 160)).Trim();
        await using var bot = await StartAsync(ScriptedAnswers.Saying(text));
        var expected = DiscordText.Split(DiscordMarkdown.Escape(text)).Count;

        var exchange = await bot.Fake.SendMessageAsync(bot.Community.Mention(bot.Community.Alice, HowMuch));
        await Eventually.WaitUntilAsync(() => InChannel(bot, exchange).Count >= expected, $"{expected} messages were sent", BotHarness.Patience);

        var parts = InChannel(bot, exchange).Select(m => m.Content).ToList();
        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.InRange(p.Length, 1, DiscordLimits.MessageContent));
        Assert.All(parts, p => Assert.False(DiscordLiteral.EndsInLoneBackslash(p), "a part ends in half an escape"));
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(parts.Select(DiscordLiteral.Shown)).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Empty(bot.Fake.Rest.RefusedBodies);
    }

    private static List<CreatedMessage> InChannel(BotHarness bot, MessageExchange exchange) =>
        [.. bot.Fake.Rest.CreatedMessages.Where(m => m.ChannelId == exchange.Message.ChannelId)];

    private async Task<BotHarness> StartAsync(ScriptedAnswers answers)
    {
        var bot = await BotHarness.StartAsync(knowledge, services: s => s.AddSingleton<IAnswerService>(answers));
        await bot.WaitUntilReadyAsync();
        return bot;
    }

    private async Task<BotHarness> StartWithHostileCatalogAsync()
    {
        var source = new SourceInfo("evil-en", "[Free GPUs](https://evil.invalid) @everyone # now", "en", new DateOnly(2030, 1, 1), "evil.md");
        var milestone = new TimelineEvent(
            "evil-event",
            "[soon](https://evil.invalid)",
            null,
            null,
            new LocalizedText("**Pinned**: <@&1> ||spoiler|| > quoted", "**置顶**"),
            false,
            new DateOnly(2000, 1, 1),
            [new FactSource("evil-en", "quoted")]);
        var bot = await BotHarness.StartAsync(knowledge, services: s => s.Decorate<IKnowledgeCatalog>(real => new HostileCatalog(real, source, milestone)));
        await bot.WaitUntilReadyAsync();
        return bot;
    }
}
