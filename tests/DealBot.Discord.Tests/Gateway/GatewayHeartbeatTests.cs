using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;

namespace DealBot.Discord.Tests.Gateway;

public sealed class GatewayHeartbeatTests
{
    [Fact]
    public async Task RunAsync_AfterDispatches_HeartbeatCarriesLastSequence()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Gateway.HeartbeatIntervalMs = 300;
        await using var harness = GatewayHarness.Start(server, jitter: 0.5);
        var connection = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await connection.SendDispatchAsync("TYPING_START", new { channel_id = "1" }, sequence: 41);
        await connection.SendDispatchAsync("SOMETHING_NEW", new { }, sequence: 42);
        var beat = await connection.WaitForFrameAsync(f => f.HeartbeatSequence == 42);

        Assert.Equal(42, beat.HeartbeatSequence);
        var sequences = connection.Frames.Where(f => f.Op == 1).Select(f => f.HeartbeatSequence ?? 0).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public async Task RunAsync_HeartbeatRequested_SendsHeartbeatAtOnce()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        // The scheduled first beat is 59.4 s away: a heartbeat within the test can only answer the op 1.
        server.Gateway.HeartbeatIntervalMs = 60_000;
        await using var harness = GatewayHarness.Start(server, jitter: 0.99);
        var connection = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();
        Assert.DoesNotContain(connection.Frames, f => f.Op == 1);

        await connection.SendHeartbeatRequestAsync();
        var beat = await connection.WaitForOpAsync(1);

        Assert.Equal(server.Gateway.LastSequence, beat.HeartbeatSequence);
    }

    [Fact]
    public async Task RunAsync_AckWithheld_DropsConnectionAndResumes()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Gateway.HeartbeatIntervalMs = 250;
        server.Gateway.WithholdAcks = c => c.Index == 0;
        await using var harness = GatewayHarness.Start(server, jitter: 0);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        var second = await server.Gateway.NextConnectionAsync();
        var resume = await second.WaitForOpAsync(6);
        var closeCode = await first.Closed.WaitAsync(Eventually.Timeout);

        // Gateway, "Sending Heartbeats": terminate a zombie "with any close code besides 1000 or 1001".
        Assert.True(closeCode is not null and not 1000 and not 1001, $"closed with {closeCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no close frame"}");
        Assert.Equal("/resume", second.Path);
        Assert.Equal(server.Gateway.SessionId, resume.Data.GetProperty("session_id").GetString());
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.Contains("zombie", StringComparison.OrdinalIgnoreCase));
        await harness.WaitForEventAsync<ResumedEvent>();
    }
}
