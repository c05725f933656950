using System.Net;
using System.Text.Json;
using DealBot.Discord.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>The fake holds a bot to Discord's global limit, so a load run shows whether the bot stays under it.</summary>
public sealed class FakeGlobalRateLimitTests
{
    [Fact]
    public async Task Requests_OverTheLimitInOneSecond_GetAGlobal429UntilTheWindowMoves()
    {
        var time = new FakeTimeProvider();
        await using var server = await FakeDiscordServer.StartAsync(time);
        server.Rest.GlobalRequestsPerSecond = 3;
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await http.PostAsync("api/v10/channels/600/typing", null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                Assert.True(body.RootElement.GetProperty("global").GetBoolean());
                Assert.Equal("true", response.Headers.GetValues("X-RateLimit-Global").Single());
            }
        }

        time.Advance(TimeSpan.FromSeconds(1));
        using var later = await http.PostAsync("api/v10/channels/600/typing", null);

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.NoContent, later.StatusCode);
        Assert.Equal(1, server.Rest.GlobalRateLimited);
        Assert.Equal(429, server.Rest.Exchanges[3].Status);
    }

    [Fact]
    public async Task InteractionRoutes_AreExemptFromTheGlobalLimit()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeTimeProvider());
        server.Rest.GlobalRequestsPerSecond = 1;
        server.Rest.CallbackDeadline = null;
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var typing = await http.PostAsync("api/v10/channels/600/typing", null);
        var callbacks = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var content = new StringContent("""{"type":5}""", System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync($"api/v10/interactions/{900 + i}/token{i}/callback", content);
            callbacks.Add(response.StatusCode);
        }

        Assert.All(callbacks, status => Assert.Equal(HttpStatusCode.NoContent, status));
        Assert.Equal(0, server.Rest.GlobalRateLimited);
    }

    [Fact]
    public async Task Observe_SeesEveryAnsweredRequestWithItsStatus()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeTimeProvider());
        server.Rest.GlobalRequestsPerSecond = 1;
        var seen = new List<int>();
        server.Rest.Observe(exchange => { lock (seen) { seen.Add(exchange.Status); } });
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var first = await http.PostAsync("api/v10/channels/600/typing", null);
        using var second = await http.PostAsync("api/v10/channels/600/typing", null);

        lock (seen)
        {
            Assert.Equal([204, 429], seen);
        }
    }
}
