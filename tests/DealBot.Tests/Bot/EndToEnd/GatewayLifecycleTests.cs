using DealBot.Discord.Testing;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>The bot's gateway connection as Discord drives it: identify, heartbeats, reconnect, resume, fatal closes.</summary>
[Collection(BotCollection.Name)]
public sealed class GatewayLifecycleTests(KnowledgeSnapshot knowledge)
{
    private const int Guilds = 1, GuildMessages = 512, DirectMessages = 4096, MessageContent = 32768;

    [Fact]
    public async Task Identify_asks_for_guilds_guild_and_direct_messages_and_message_content()
    {
        await using var bot = await BotHarness.StartAsync(knowledge);

        var connection = await bot.Fake.Gateway.NextConnectionAsync(BotHarness.Patience);
        var identify = (await connection.WaitForOpAsync(2, BotHarness.Patience)).Data;

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(BotHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal(Guilds | GuildMessages | DirectMessages | MessageContent, identify.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(s => s.GetInt32()));
    }

    [Fact]
    public async Task Without_the_message_content_intent_identify_leaves_it_out()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, new Dictionary<string, string?> { ["Discord:MessageContentIntent"] = "false" });

        var connection = await bot.Fake.Gateway.NextConnectionAsync(BotHarness.Patience);
        var identify = (await connection.WaitForOpAsync(2, BotHarness.Patience)).Data;

        Assert.Equal(Guilds | GuildMessages | DirectMessages, identify.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task The_first_heartbeat_is_jittered_within_the_interval_then_one_beat_per_interval_with_the_last_sequence()
    {
        const int interval = 1500;
        await using var bot = await BotHarness.StartAsync(knowledge, configureFake: fake => fake.Gateway.HeartbeatIntervalMs = interval);
        var connection = await bot.WaitUntilReadyAsync();

        await connection.WaitForFrameAsync(_ => connection.Frames.Count(f => f.Op == 1) >= 4, TimeSpan.FromSeconds(30));

        var beats = connection.Frames.Where(f => f.Op == 1).ToList();
        // Hello goes out as the connection opens, so the time since connecting is the time since Hello.
        Assert.InRange(beats[0].SinceConnected.TotalMilliseconds, 0, interval + Slack);
        // A beat the fake reads late shortens the gap after it, so the pace is checked over all beats, and each gap only
        // against a beat sent twice or one skipped.
        foreach (var (previous, next) in beats.Zip(beats.Skip(1)))
        {
            Assert.InRange((next.SinceConnected - previous.SinceConnected).TotalMilliseconds, interval * 0.5, interval + Slack);
        }

        var pace = (beats[^1].SinceConnected - beats[0].SinceConnected).TotalMilliseconds / (beats.Count - 1);
        Assert.InRange(pace, interval * 0.9, interval + Slack);

        Assert.Equal(bot.Fake.Gateway.LastSequence, beats[^1].HeartbeatSequence);
    }

    [Fact]
    public async Task Op7_makes_the_bot_resume_on_the_resume_url_and_a_replayed_message_is_answered_once()
    {
        FakeMessage? question = null;
        await using var bot = await BotHarness.StartAsync(knowledge, configureFake: fake => fake.Gateway.OnResume = async (connection, _) =>
        {
            // Discord may deliver an event again after a resume; the bot must not answer it twice.
            await connection.SendDispatchAsync("MESSAGE_CREATE", question!.ToPayload());
            await connection.SendDispatchAsync("RESUMED", new { });
        });
        var first = await bot.WaitUntilReadyAsync();
        question = bot.Community.Mention(bot.Community.Alice, "How much will Nvidia invest in OpenAI?");
        var exchange = await bot.Fake.SendMessageAsync(question);
        await exchange.WaitForReplyAsync(BotHarness.Patience);
        var sequence = bot.Fake.Gateway.LastSequence;

        await first.SendReconnectAsync();
        var second = await bot.Fake.Gateway.NextConnectionAsync(BotHarness.Patience);
        var resume = (await second.WaitForOpAsync(6, BotHarness.Patience)).Data;
        var sentinel = await bot.Fake.SendMessageAsync(bot.Community.Mention(bot.Community.Bob, "How many gigawatts of Nvidia systems will OpenAI deploy?"), second);
        await sentinel.WaitForReplyAsync(BotHarness.Patience);

        Assert.Equal("/resume", second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        Assert.Equal(bot.Fake.Gateway.SessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(sequence, resume.GetProperty("seq").GetInt64());
        Assert.Equal(BotHarness.Token, resume.GetProperty("token").GetString());
        Assert.DoesNotContain(second.Frames, f => f.Op == 2);
        Assert.Single(exchange.Replies);
    }

    [Fact]
    public async Task Op9_not_resumable_makes_the_bot_identify_anew_on_the_gateway_url()
    {
        await using var bot = await BotHarness.StartAsync(knowledge);
        var first = await bot.WaitUntilReadyAsync();

        await first.SendInvalidSessionAsync(resumable: false);
        var second = await bot.Fake.Gateway.NextConnectionAsync(BotHarness.Patience);
        await second.WaitForOpAsync(2, BotHarness.Patience);

        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Frames, f => f.Op == 6);
    }

    [Fact]
    public async Task A_withheld_heartbeat_ack_makes_the_bot_drop_the_zombie_connection_and_resume()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, configureFake: fake =>
        {
            fake.Gateway.HeartbeatIntervalMs = 500;
            fake.Gateway.WithholdAcks = connection => connection.Index == 0;
        });
        var first = await bot.WaitUntilReadyAsync();

        var second = await bot.Fake.Gateway.NextConnectionAsync(BotHarness.Patience);
        var resume = (await second.WaitForOpAsync(6, BotHarness.Patience)).Data;
        var closeCode = await first.Closed.WaitAsync(BotHarness.Patience);

        Assert.True(closeCode is null or (not 1000 and not 1001), $"a zombie must be closed without ending the session, was {closeCode}");
        Assert.Equal("/resume", second.Path);
        Assert.Equal(bot.Fake.Gateway.SessionId, resume.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task Close_4004_stops_reconnecting_says_once_what_to_fix_and_the_process_keeps_running()
    {
        await using var bot = await BotHarness.StartAsync(knowledge);
        var connection = await bot.Fake.Gateway.NextConnectionAsync(BotHarness.Patience);
        await connection.WaitForOpAsync(2, BotHarness.Patience);

        await connection.CloseAsync(4004, "Authentication failed.");
        var botRun = bot.BotService.ExecuteTask!;
        await botRun.WaitAsync(BotHarness.Patience);

        Assert.True(botRun.IsCompletedSuccessfully, $"the bot's service ended with {botRun.Status}: {botRun.Exception}");
        Assert.Single(bot.Fake.Gateway.Connections);
        var line = Assert.Single(bot.LogsAtLeast(LogLevel.Error), r => r.Message.Contains("4004", StringComparison.Ordinal));
        Assert.Contains("token", line.Message, StringComparison.OrdinalIgnoreCase);
        // A restart policy would otherwise identify with the bad token again and again.
        Assert.False(bot.Lifetime.ApplicationStopping.IsCancellationRequested, "the bot stopped the application after a fatal close");
    }

    // Scheduling on a loaded two-core machine; Discord itself allows a late beat some grace.
    private const int Slack = 750;
}
