using System.Net.Http.Json;
using DealBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Rest;

/// <summary>
/// Turns a 429 into the right pause: the route's bucket, every bot-authenticated queue (global limit), or every queue with a
/// warning (Cloudflare's HTML 429: the IP is banned for a while). The retry itself happens when the
/// paused queue lets the request through again.
/// </summary>
internal sealed class TooManyRequestsHandler(GlobalRateLimit global, DiscordMetrics metrics, ILogger logger)
{
    // Used only when a 429 says nothing about how long to wait.
    private static readonly TimeSpan FallbackRouteDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan FallbackCloudflareDelay = TimeSpan.FromSeconds(60);

    public async Task HandleAsync(
        RestRoute route, RateLimitBucket bucket, HttpResponseMessage response, RateLimitHeaders headers, CancellationToken cancellationToken)
    {
        var method = route.Method.Method;
        if (!headers.HasRateLimitHeaders && !IsJson(response))
        {
            var delay = headers.RetryAfter ?? FallbackCloudflareDelay;
            global.PauseAddress(delay);
            RestLog.CloudflareBlocked(logger, method, route.Template, delay);
            metrics.RateLimited("cloudflare");
            return;
        }

        var body = await TryReadBodyAsync(response, cancellationToken).ConfigureAwait(false);

        // The body's retry_after has millisecond precision; Retry-After is whole seconds.
        var retryAfter = (body?.RetryAfter is { } seconds && seconds >= 0 ? TimeSpan.FromSeconds(seconds) : headers.RetryAfter)
            ?? FallbackRouteDelay;

        if (body?.Global == true || headers.IsGlobal)
        {
            global.PauseBot(retryAfter);
            RestLog.GlobalRateLimited(logger, method, route.Template, retryAfter);
            metrics.RateLimited("global");
            return;
        }

        bucket.PauseFor(retryAfter);
        RestLog.RouteRateLimited(logger, method, route.Template, headers.Scope ?? "user", retryAfter);
        metrics.RateLimited(headers.Scope ?? "user");
    }

    private static bool IsJson(HttpResponseMessage response)
        => response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<RateLimitedBody?> TryReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync(DiscordJsonContext.Default.RateLimitedBody, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
