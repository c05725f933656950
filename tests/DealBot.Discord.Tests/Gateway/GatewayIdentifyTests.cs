using System.Text.Json;
using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;

namespace DealBot.Discord.Tests.Gateway;

public sealed class GatewayIdentifyTests
{
    [Fact]
    public async Task RunAsync_DefaultOptions_IdentifiesWithAllIntentsAndShardOnVersionedUrl()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);

        var connection = await server.Gateway.NextConnectionAsync();
        var identify = (await connection.WaitForOpAsync(2)).Data;

        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.Equal(37377, identify.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(GatewayHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal(JsonValueKind.Object, identify.GetProperty("properties").ValueKind);
    }

    [Fact]
    public async Task RunAsync_NoSessionStartsLeft_WaitsForTheBudgetInsteadOfIdentifying()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Rest.SessionStartsRemaining = 0;
        server.Rest.SessionStartsResetAfterMs = 3_600_000;
        await using var harness = GatewayHarness.Start(server);

        await Eventually.WaitUntilAsync(
            () => harness.Logs.GetSnapshot().Any(r => r.Message.Contains("budget of new gateway sessions is spent", StringComparison.Ordinal)),
            "the wait for the session budget was logged");

        Assert.Empty(server.Gateway.Connections);
        Assert.NotEqual(GatewayConnectionState.Connected, harness.Client.Status.State);
    }

    [Fact]
    public async Task RunAsync_MessageContentOffAndSecondShard_IdentifiesWith4609AndShardPair()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server, settings: new Dictionary<string, string?>
        {
            ["Discord:MessageContentIntent"] = "false",
            ["Discord:ShardId"] = "1",
            ["Discord:ShardCount"] = "2",
        });

        var identify = (await (await server.Gateway.NextConnectionAsync()).WaitForOpAsync(2)).Data;

        Assert.Equal(4609, identify.GetProperty("intents").GetInt32());
        Assert.Equal([1, 2], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task RunAsync_Ready_ExposesIdsStateAndTypedEvent()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);

        var ready = await harness.WaitForEventAsync<ReadyEvent>();
        await harness.WaitForStateAsync(GatewayConnectionState.Connected);

        Assert.Equal(server.Gateway.BotUserId, harness.Client.BotUserId);
        Assert.Equal(server.Gateway.ApplicationId, harness.Client.ApplicationId);
        Assert.Equal(server.Gateway.SessionId, ready.Ready.SessionId);
        Assert.Equal(3003UL, Assert.Single(ready.Ready.Guilds).Id);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ClosesWith1000AndCompletesEvents()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var harness = GatewayHarness.Start(server);
        var connection = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await harness.DisposeAsync();

        Assert.Equal(1000, await connection.Closed.WaitAsync(Eventually.Timeout));
        Assert.True(harness.Client.Events.Completion.IsCompleted);
        Assert.Single(server.Gateway.Connections);
    }

    [Fact]
    public async Task RunAsync_AnySession_NeverSendsFramesOver4096Bytes()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Gateway.HeartbeatIntervalMs = 200;
        await using var harness = GatewayHarness.Start(server, jitter: 0);
        var connection = await server.Gateway.NextConnectionAsync();

        await connection.WaitForFrameAsync(f => f.Op == 1 && connection.Frames.Count(x => x.Op == 1) >= 2);

        Assert.All(connection.Frames, f => Assert.InRange(f.ByteCount, 1, 4096));
    }
}
