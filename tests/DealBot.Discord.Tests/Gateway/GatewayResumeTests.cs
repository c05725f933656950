using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;

namespace DealBot.Discord.Tests.Gateway;

public sealed class GatewayResumeTests
{
    [Fact]
    public async Task RunAsync_ReconnectRequested_ResumesOnResumeUrlWithSessionAndSequence()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();
        await first.SendDispatchAsync("MESSAGE_CREATE", DispatchSamples.Message(501), sequence: 7);
        await harness.WaitForEventAsync<MessageCreateEvent>();

        await first.SendReconnectAsync();
        var second = await server.Gateway.NextConnectionAsync();
        var resume = (await second.WaitForOpAsync(6)).Data;

        Assert.Equal("/resume", second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        Assert.Equal(GatewayHarness.Token, resume.GetProperty("token").GetString());
        Assert.Equal(server.Gateway.SessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(7, resume.GetProperty("seq").GetInt64());
        Assert.DoesNotContain(second.Frames, f => f.Op == 2);
        var closeCode = await first.Closed.WaitAsync(Eventually.Timeout);
        Assert.True(closeCode is null or (not 1000 and not 1001), $"closed with {closeCode}");
    }

    [Fact]
    public async Task RunAsync_DispatchReplayedAfterResume_IsDeliveredOnce()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Gateway.OnResume = async (connection, _) =>
        {
            await connection.SendDispatchAsync("MESSAGE_CREATE", DispatchSamples.Message(777), sequence: 2);
            await connection.SendDispatchAsync("MESSAGE_CREATE", DispatchSamples.Message(778), sequence: 3);
            await connection.SendDispatchAsync("RESUMED", new { }, sequence: 4);
        };
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();
        await first.SendDispatchAsync("MESSAGE_CREATE", DispatchSamples.Message(777), sequence: 2);
        await harness.WaitForEventAsync<MessageCreateEvent>(e => e.Message.Id == 777);

        await first.SendReconnectAsync();
        await harness.WaitForEventAsync<ResumedEvent>();

        var ids = harness.Events.OfType<MessageCreateEvent>().Select(e => e.Message.Id).ToList();
        Assert.Equal([777UL, 778UL], ids);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_IdentifiesAgainOnGatewayUrl()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.SendInvalidSessionAsync(resumable: false);
        var second = await server.Gateway.NextConnectionAsync();
        await second.WaitForOpAsync(2);

        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Frames, f => f.Op == 6);
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.SendInvalidSessionAsync(resumable: true);
        var second = await server.Gateway.NextConnectionAsync();
        var resume = await second.WaitForOpAsync(6);

        Assert.Equal("/resume", second.Path);
        Assert.Equal(server.Gateway.SessionId, resume.Data.GetProperty("session_id").GetString());
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4008)]
    public async Task RunAsync_ResumableCloseCode_Resumes(int closeCode)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.CloseAsync(closeCode, "test");
        var second = await server.Gateway.NextConnectionAsync();
        await second.WaitForOpAsync(6);

        Assert.Equal("/resume", second.Path);
        await harness.WaitForEventAsync<ResumedEvent>();
        await harness.WaitForStateAsync(GatewayConnectionState.Connected);
    }

    [Fact]
    public async Task RunAsync_SessionTimedOutClose4009_IdentifiesAgain()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.CloseAsync(4009, "Session timed out");
        var second = await server.Gateway.NextConnectionAsync();
        await second.WaitForOpAsync(2);

        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Frames, f => f.Op == 6);
    }

    // Gateway, "Rate Limiting": Identifies are limited per 5 seconds (max_concurrency); one sent too soon gets op 9.
    [Fact]
    public async Task RunAsync_SessionEndsRightAfterReady_NextIdentifyWaitsItsTurn()
    {
        var interval = TimeSpan.FromSeconds(3);
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server, identifyInterval: interval);
        var first = await server.Gateway.NextConnectionAsync();
        var firstIdentify = await first.WaitForOpAsync(2);
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.CloseAsync(4009, "Session timed out");
        var second = await server.Gateway.NextConnectionAsync();
        var secondIdentify = await second.WaitForOpAsync(2);

        var gap = secondIdentify.ReceivedAt - firstIdentify.ReceivedAt;
        Assert.True(gap >= interval - TimeSpan.FromMilliseconds(100), $"the second Identify came {gap.TotalMilliseconds} ms after the first");
    }

    [Fact]
    public async Task RunAsync_ResumeAddressUnreachable_IdentifiesOnGatewayAddress()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Gateway.AdvertisedResumeUrl = "ws://127.0.0.1:1";
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.SendReconnectAsync();
        var second = await server.Gateway.NextConnectionAsync();
        await second.WaitForOpAsync(2);

        Assert.Equal("/gateway", second.Path);
        Assert.DoesNotContain(second.Frames, f => f.Op == 6);
        await Eventually.WaitUntilAsync(() => harness.Events.OfType<ReadyEvent>().Count() == 2, "a second READY");
    }

    [Fact]
    public async Task RunAsync_ResumeKeepsFailing_IdentifiesAfterThreeAttempts()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        // Every resume attempt is dropped before RESUMED.
        server.Gateway.OnResume = (connection, _) => connection.CloseAsync(4000, "resume dropped");
        await using var harness = GatewayHarness.Start(server);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.SendReconnectAsync();
        var attempts = new List<FakeGatewayConnection>();
        for (var i = 0; i < 4; i++)
        {
            attempts.Add(await server.Gateway.NextConnectionAsync());
        }

        await attempts[3].WaitForOpAsync(2);
        Assert.Equal(["/resume", "/resume", "/resume", "/gateway"], attempts.Select(a => a.Path));
    }
}
