using System.Net;
using DealBot.Discord.Models;
using DealBot.Discord.Rest;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Rest;

// Rate Limits, "Invalid Request Limit": 401s count towards the Cloudflare ban, so requests stop once the token is
// known to be invalid.
public sealed class InvalidTokenTests
{
    [Fact]
    public async Task AfterA401_NoFurtherBotRequestIsSent_InteractionRoutesStillAre()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Api.Enqueue(r => r.Is("POST", "/channels/600/messages"), FakeResponse.Error(401, 0, "401: Unauthorized"));

        var first = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.CreateMessageAsync(600, new MessageCreateRequest { Content = "hi" }));
        var second = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.TriggerTypingAsync(700));
        await harness.Client.CreateInteractionResponseAsync(800, "interaction-token", InteractionResponse.Defer());

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Empty(harness.Api.RequestsTo("POST", "/channels/700/typing"));
        Assert.Single(harness.Api.RequestsTo("POST", "/interactions/800/"));
        Assert.Single(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Critical && r.Message.Contains("Discord:Token", StringComparison.Ordinal));
    }
}
