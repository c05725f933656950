using DealBot.Discord.Gateway;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Gateway;

public sealed class GatewayFatalCloseTests
{
    [Theory]
    [InlineData(4004, "token is invalid")]
    [InlineData(4014, "Discord:MessageContentIntent=false")]
    [InlineData(4010, "Discord:ShardId")]
    [InlineData(4013, "intents")]
    public async Task RunAsync_FatalCloseCode_StopsWithoutReconnectingAndSaysWhatToFix(int closeCode, string hint)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        var connection = await server.Gateway.NextConnectionAsync();
        await connection.WaitForOpAsync(2);

        await connection.CloseAsync(closeCode, "refused");
        await harness.Run.WaitAsync(Eventually.Timeout);

        Assert.Equal(GatewayConnectionState.Fatal, harness.Client.Status.State);
        Assert.Contains(hint, harness.Client.Status.Reason);
        Assert.Single(server.Gateway.Connections);
        var critical = Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains(hint, critical.Message);
        Assert.True(harness.Client.Events.Completion.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_Close4014_ReasonPointsAtDeveloperPortal()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        await using var harness = GatewayHarness.Start(server);
        var connection = await server.Gateway.NextConnectionAsync();
        await connection.WaitForOpAsync(2);

        await connection.CloseAsync(4014, "Disallowed intent(s).");
        await harness.Run.WaitAsync(Eventually.Timeout);

        Assert.Contains("Message Content intent", harness.Client.Status.Reason);
        Assert.Contains("Developer Portal", harness.Client.Status.Reason);
    }

    [Fact]
    public async Task RunAsync_GatewayLookupUnauthorized_StopsWithTokenHint()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.Rest.GatewayBotStatus = 401;
        await using var harness = GatewayHarness.Start(server);

        await harness.Run.WaitAsync(Eventually.Timeout);

        Assert.Equal(GatewayConnectionState.Fatal, harness.Client.Status.State);
        Assert.Contains("token is invalid", harness.Client.Status.Reason);
        Assert.Empty(server.Gateway.Connections);
        Assert.Single(server.Rest.RequestsTo("GET", "/gateway/bot"));
    }
}
