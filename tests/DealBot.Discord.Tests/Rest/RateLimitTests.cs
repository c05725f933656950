using System.Globalization;
using DealBot.Discord.Models;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Tests.Rest;

public sealed class RateLimitTests
{
    private static readonly MessageCreateRequest Hello = new() { Content = "hello" };

    private static bool IsSend(RecordedRequest r, string channel = "600") => r.Is("POST", $"/channels/{channel}/messages");

    [Fact]
    public async Task CreateMessageAsync_RouteRateLimited_WaitsRetryAfterAndRetriesWithSameNonce()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Api.Enqueue(r => IsSend(r), FakeResponse.RateLimited("2.5"));

        var send = harness.Client.CreateMessageAsync(600, Hello);
        var requests = await harness.AdvanceUntilRequestsAsync(r => IsSend(r), 2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30));
        var message = await send.WaitAsync(Eventually.Timeout);

        Assert.Equal(2, requests.Count);
        Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromSeconds(2.5), TimeSpan.FromSeconds(3.5));
        Assert.Equal(requests[0].Json.GetProperty("nonce").GetString(), requests[1].Json.GetProperty("nonce").GetString());
        Assert.True(requests[1].Json.GetProperty("enforce_nonce").GetBoolean());
        Assert.Single(harness.Api.CreatedMessages);
        Assert.Equal("hello", message.Content);
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Level == LogLevel.Warning && r.Message.Contains("/channels/{channel_id}/messages", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateMessageAsync_AnswerLostAfterCreate_RetryPostsOnlyOnce()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Api.DropResponsesAfterCreate = 1;

        var send = harness.Client.CreateMessageAsync(600, Hello);
        var requests = await harness.AdvanceUntilRequestsAsync(r => IsSend(r), 2, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30));
        var message = await send.WaitAsync(Eventually.Timeout);

        Assert.Equal(2, requests.Count);
        Assert.Single(harness.Api.CreatedMessages);
        Assert.Equal(requests[0].Json.GetProperty("nonce").GetString(), requests[1].Json.GetProperty("nonce").GetString());
        Assert.Equal("hello", message.Content);
    }

    [Fact]
    public async Task CreateMessageAsync_RetryAfterUnderGermanCulture_WaitsSixtyFourSeconds()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            await using var harness = await RestHarness.StartAsync();
            harness.Api.Enqueue(r => IsSend(r), FakeResponse.RateLimited("64.57"));

            var send = harness.Client.CreateMessageAsync(600, Hello);
            var requests = await harness.AdvanceUntilRequestsAsync(r => IsSend(r), 2, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(200));
            await send.WaitAsync(Eventually.Timeout);

            Assert.Equal(2, requests.Count);
            // The fake clock moves in 500 ms steps and a loaded machine may see a few pass before the retry is
            // observed; read as 6457 s (or as 64 ms) the wait would be far outside this range.
            Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromSeconds(64.57), TimeSpan.FromSeconds(70));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public async Task CreateMessageAsync_BucketExhausted_NextRequestOnBucketWaitsResetAfter()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Api.Enqueue(r => IsSend(r), FakeResponse.PassThroughWithHeaders(new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5",
            ["X-RateLimit-Remaining"] = "0",
            ["X-RateLimit-Reset-After"] = "3.5",
            ["X-RateLimit-Bucket"] = "abc123",
        }));
        await harness.Client.CreateMessageAsync(600, Hello);

        var sameBucket = harness.Client.CreateMessageAsync(600, Hello);
        await harness.Client.CreateMessageAsync(700, Hello).WaitAsync(Eventually.Timeout);
        Assert.Single(harness.Api.Requests, r => IsSend(r));

        var requests = await harness.AdvanceUntilRequestsAsync(r => IsSend(r), 2, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(30));
        await sameBucket.WaitAsync(Eventually.Timeout);
        Assert.InRange(requests[1].ReceivedAt - requests[0].ReceivedAt, TimeSpan.FromSeconds(3.5), TimeSpan.FromSeconds(4.5));
    }

    [Fact]
    public async Task CreateMessageAsync_GlobalRateLimit_PausesOtherRoutesToo()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Api.Enqueue(r => IsSend(r), FakeResponse.RateLimited("5", global: true));

        var first = harness.Client.CreateMessageAsync(600, Hello);
        await harness.Api.WaitForRequestsAsync(r => IsSend(r));
        await Eventually.WaitUntilAsync(() => harness.Logs.GetSnapshot().Any(l => l.Message.Contains("global", StringComparison.Ordinal)), "the global limit was logged");
        var other = harness.Client.TriggerTypingAsync(700);
        await Task.Delay(200);
        Assert.Empty(harness.Api.RequestsTo("POST", "/channels/700/typing"));

        await Eventually.AdvanceUntilAsync(harness.Time, () => first.IsCompleted && other.IsCompleted, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30));

        await Task.WhenAll(first, other).WaitAsync(Eventually.Timeout);
        var typing = Assert.Single(harness.Api.RequestsTo("POST", "/channels/700/typing"));
        Assert.True(typing.ReceivedAt - harness.Api.Requests[0].ReceivedAt >= TimeSpan.FromSeconds(5));
    }

    // Rate Limits, "Global Rate Limit": interaction endpoints are not bound to the bot's global limit, and a
    // deferral held back for the length of a global 429 would miss its 3-second window.
    [Fact]
    public async Task CreateInteractionResponseAsync_DuringGlobalRateLimit_GoesOutAtOnce()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Api.Enqueue(r => IsSend(r), FakeResponse.RateLimited("5", global: true));

        var first = harness.Client.CreateMessageAsync(600, Hello);
        await Eventually.WaitUntilAsync(() => harness.Logs.GetSnapshot().Any(l => l.Message.Contains("global", StringComparison.Ordinal)), "the global limit was logged");
        await harness.Client.CreateInteractionResponseAsync(800, "interaction-token", InteractionResponse.Defer()).WaitAsync(Eventually.Timeout);
        await harness.Client.EditOriginalInteractionResponseAsync(900, "interaction-token", new MessageEditRequest { Content = "answer" }).WaitAsync(Eventually.Timeout);

        Assert.Single(harness.Api.RequestsTo("POST", "/interactions/800/"));
        Assert.False(first.IsCompleted);
        await Eventually.AdvanceUntilAsync(harness.Time, () => first.IsCompleted, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30));
        await first.WaitAsync(Eventually.Timeout);
    }

    [Fact]
    public async Task CreateMessageAsync_CloudflareHtml429_PausesEverythingWarnsAndRetries()
    {
        await using var harness = await RestHarness.StartAsync();
        harness.Api.Enqueue(r => IsSend(r), FakeResponse.CloudflareBan(30));

        var first = harness.Client.CreateMessageAsync(600, Hello);
        await Eventually.WaitUntilAsync(() => harness.Logs.GetSnapshot().Any(l => l.Level == LogLevel.Warning && l.Message.Contains("Cloudflare", StringComparison.Ordinal)), "Cloudflare was logged");
        var other = harness.Client.TriggerTypingAsync(700);
        await Eventually.AdvanceAsync(harness.Time, TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(1));
        Assert.Single(harness.Api.Requests);

        await Eventually.AdvanceUntilAsync(harness.Time, () => first.IsCompleted && other.IsCompleted, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30));

        await Task.WhenAll(first, other).WaitAsync(Eventually.Timeout);
        Assert.Equal(3, harness.Api.Requests.Count);
        Assert.Single(harness.Api.CreatedMessages);
    }
}
