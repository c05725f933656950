using System.Text.Json;
using DealBot.Discord.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary><c>/ask</c>: acknowledged inside Discord's 3-second window, answered by editing the deferral.</summary>
[Collection(BotCollection.Name)]
public sealed class AskCommandTests(KnowledgeSnapshot knowledge)
{
    [Fact]
    public async Task Ask_is_deferred_within_three_seconds_then_the_original_is_edited_into_the_answer()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Ask(bot.Community.Alice, "How much will Nvidia invest in OpenAI?"));
        var callback = await exchange.WaitForCallbackAsync(BotHarness.Patience);
        var edit = await exchange.WaitForOriginalEditAsync(BotHarness.Patience);

        Assert.Equal(InteractionCallback.Deferred, callback.Json.GetProperty("type").GetInt32());
        DiscordAssert.AcknowledgedInTime(exchange, callback);
        Assert.Equal(0, Flags(callback.Json));
        Assert.True(edit.Since(callback) >= TimeSpan.Zero, "@original was edited before the deferral");
        Assert.Contains("100 billion", edit.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(edit.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Single(exchange.Callbacks);
        Assert.Empty(bot.Fake.Rest.RefusedBodies);
    }

    [Fact]
    public async Task A_private_ask_is_deferred_as_ephemeral()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Ask(bot.Community.Alice, "How much will Nvidia invest in OpenAI?", isPrivate: true));
        var callback = await exchange.WaitForCallbackAsync(BotHarness.Patience);
        var answer = await exchange.WaitForResponseMessageAsync(BotHarness.Patience);

        Assert.Equal(InteractionCallback.Deferred, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(InteractionCallback.EphemeralFlag, Flags(callback.Json));
        DiscordAssert.AcknowledgedInTime(exchange, callback);
        Assert.Contains("100 billion", answer.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_in_chinese_is_answered_in_chinese()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var exchange = await bot.Fake.SendCommandAsync(bot.Community.Ask(bot.Community.Alice, "英伟达将向OpenAI投资多少？") with { Locale = "zh-CN" });
        var answer = await exchange.WaitForResponseMessageAsync(BotHarness.Patience);

        Assert.Contains("1000亿", answer.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_in_a_direct_message_with_the_bot_is_answered()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var inDm = bot.Community.Ask(bot.Community.Alice, "How much will Nvidia invest in OpenAI?") with
        {
            GuildId = null,
            ChannelId = FakeCommunity.DirectChannelOf(bot.Community.Alice),
        };

        var exchange = await bot.Fake.SendCommandAsync(inDm);
        var answer = await exchange.WaitForResponseMessageAsync(BotHarness.Patience);

        DiscordAssert.AcknowledgedInTime(exchange, exchange.Callbacks[0]);
        Assert.Contains("100 billion", answer.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_to_an_ask_answer_carries_the_conversation_along()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);
        var community = bot.Community;
        var ask = await bot.Fake.SendCommandAsync(community.Ask(community.Alice, "How much will Nvidia invest in OpenAI?"));
        var answer = (await ask.WaitForResponseMessageAsync(BotHarness.Patience)).GetProperty("content").GetString()!;

        var followUp = community.Reply(community.Alice, community.CommandResponse(ask, answer), "and per gigawatt?");
        var reply = await bot.ReplyToAsync(followUp);

        Assert.Contains("per GW", reply.Content, StringComparison.Ordinal);
        Assert.Contains("100 billion", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sixth_ask_in_a_minute_gets_an_ephemeral_slow_down_at_once()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var exchanges = new List<InteractionExchange>();
        for (var i = 0; i < 6; i++)
        {
            var exchange = await bot.Fake.SendCommandAsync(bot.Community.Ask(bot.Community.Alice, "How much will Nvidia invest in OpenAI?"));
            await exchange.WaitForResponseMessageAsync(BotHarness.Patience);
            exchanges.Add(exchange);
        }

        Assert.All(exchanges.Take(5), e => Assert.Equal(InteractionCallback.Deferred, e.Callbacks[0].Json.GetProperty("type").GetInt32()));
        var refusal = exchanges[5].Callbacks[0].Json;
        Assert.Equal(InteractionCallback.ChannelMessage, refusal.GetProperty("type").GetInt32());
        Assert.Equal(InteractionCallback.EphemeralFlag, Flags(refusal));
        Assert.Contains("try again", refusal.GetProperty("data").GetProperty("content").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(exchanges[5].OriginalEdits);
    }

    [Fact]
    public async Task Another_member_is_not_slowed_down_by_someone_elses_questions()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, new Dictionary<string, string?> { ["Bot:QuestionsPerUserPerMinute"] = "1" });
        await bot.WaitUntilReadyAsync();

        await bot.ResponseToAsync(bot.Community.Ask(bot.Community.Alice, "How much will Nvidia invest in OpenAI?"));
        var bobs = await bot.Fake.SendCommandAsync(bot.Community.Ask(bot.Community.Bob, "How much will Nvidia invest in OpenAI?"));
        var answer = await bobs.WaitForResponseMessageAsync(BotHarness.Patience);

        Assert.Equal(InteractionCallback.Deferred, bobs.Callbacks[0].Json.GetProperty("type").GetInt32());
        Assert.Contains("100 billion", answer.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private static int Flags(JsonElement callback)
        => callback.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("flags", out var flags) && flags.ValueKind == JsonValueKind.Number
            ? flags.GetInt32()
            : 0;
}
