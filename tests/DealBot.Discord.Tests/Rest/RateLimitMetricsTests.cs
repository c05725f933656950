using DealBot.Discord.Models;
using DealBot.Discord.Testing;
using DealBot.Discord.Tests.Support;

namespace DealBot.Discord.Tests.Rest;

/// <summary>Every 429 the REST client meets is counted once on <c>dealbot.discord.rest.rate_limited</c>, labelled with its scope.</summary>
public sealed class RateLimitMetricsTests
{
    private const string RateLimited = "dealbot.discord.rest.rate_limited";
    private static readonly MessageCreateRequest Hello = new() { Content = "hello" };

    public static TheoryData<string, string> Scopes => new()
    {
        { "user", "user" },
        { "shared", "shared" },
        { "a-scope-discord-never-sends", "other" },
    };

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task CreateMessageAsync_RouteRateLimited_CountsOneWithTheScopeHeader(string header, string expected)
    {
        await using var harness = await RestHarness.StartAsync();
        using var counted = harness.CollectMetric(RateLimited);
        harness.Api.Enqueue(IsSend, FakeResponse.RateLimited("1", scope: header));

        await SendThroughOneLimitAsync(harness);

        var measurement = Assert.Single(counted.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal(expected, measurement.Tags["scope"]);
    }

    [Fact]
    public async Task CreateMessageAsync_GlobalRateLimit_CountsGlobal()
    {
        await using var harness = await RestHarness.StartAsync();
        using var counted = harness.CollectMetric(RateLimited);
        harness.Api.Enqueue(IsSend, FakeResponse.RateLimited("1", global: true));

        await SendThroughOneLimitAsync(harness);

        Assert.Equal("global", Assert.Single(counted.GetMeasurementSnapshot()).Tags["scope"]);
    }

    [Fact]
    public async Task CreateMessageAsync_CloudflareHtml429_CountsCloudflare()
    {
        await using var harness = await RestHarness.StartAsync();
        using var counted = harness.CollectMetric(RateLimited);
        harness.Api.Enqueue(IsSend, FakeResponse.CloudflareBan(1));

        await SendThroughOneLimitAsync(harness);

        Assert.Equal("cloudflare", Assert.Single(counted.GetMeasurementSnapshot()).Tags["scope"]);
    }

    [Fact]
    public async Task CreateMessageAsync_NoLimitMet_CountsNothing()
    {
        await using var harness = await RestHarness.StartAsync();
        using var counted = harness.CollectMetric(RateLimited);

        await harness.Client.CreateMessageAsync(600, Hello).WaitAsync(Eventually.Timeout);

        Assert.Single(harness.Api.Requests, IsSend);
        Assert.Empty(counted.GetMeasurementSnapshot());
    }

    private static bool IsSend(RecordedRequest r) => r.Is("POST", "/channels/600/messages");

    // The first try meets the 429, the retry after the pause goes through.
    private static async Task SendThroughOneLimitAsync(RestHarness harness)
    {
        var send = harness.Client.CreateMessageAsync(600, Hello);
        await harness.AdvanceUntilRequestsAsync(IsSend, 2, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(30));
        await send.WaitAsync(Eventually.Timeout);
    }
}
