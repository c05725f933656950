using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace DealBot.Discord.Tests.Gateway;

/// <summary>A connection that ends and is opened again counts a reconnect; a session taken up again (RESUMED) counts a resume.</summary>
public sealed class GatewayMetricsTests
{
    private const string Reconnects = "dealbot.discord.gateway.reconnects";
    private const string Resumes = "dealbot.discord.gateway.resumes";

    [Fact]
    public async Task RunAsync_ResumableClose_CountsOneReconnectAndOneResume()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        using var reconnects = harness.CollectMetric(Reconnects);
        using var resumes = harness.CollectMetric(Resumes);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();
        Assert.Empty(reconnects.GetMeasurementSnapshot());

        await first.CloseAsync(4000, "test");
        await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ResumedEvent>();

        Assert.Equal(1, reconnects.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(1, resumes.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task RunAsync_SessionNotResumable_CountsTheReconnectButNoResume()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        using var reconnects = harness.CollectMetric(Reconnects);
        using var resumes = harness.CollectMetric(Resumes);
        var first = await server.Gateway.NextConnectionAsync();
        await harness.WaitForEventAsync<ReadyEvent>();

        await first.SendInvalidSessionAsync(resumable: false);
        var second = await server.Gateway.NextConnectionAsync();
        await second.WaitForOpAsync(2);
        await Eventually.WaitUntilAsync(() => harness.Events.OfType<ReadyEvent>().Count() == 2, "the second READY was surfaced");

        Assert.Equal(1, reconnects.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Empty(resumes.GetMeasurementSnapshot());
    }
}
