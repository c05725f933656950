using System.Globalization;

namespace DealBot.Discord.Rest;

/// <summary>The X-RateLimit-* and Retry-After headers of one response, parsed culture-invariantly.</summary>
internal sealed record RateLimitHeaders
{
    public string? Bucket { get; init; }

    public int? Remaining { get; init; }

    public TimeSpan? ResetAfter { get; init; }

    public bool IsGlobal { get; init; }

    public string? Scope { get; init; }

    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Whether any X-RateLimit header came back; Cloudflare's 429s carry none.</summary>
    public bool HasRateLimitHeaders { get; init; }

    public static RateLimitHeaders Parse(HttpResponseMessage response, DateTimeOffset now)
    {
        var headers = response.Headers;
        return new RateLimitHeaders
        {
            Bucket = Get(headers, "X-RateLimit-Bucket"),
            Remaining = int.TryParse(Get(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining)
                ? remaining : null,
            ResetAfter = ParseSeconds(Get(headers, "X-RateLimit-Reset-After")),
            IsGlobal = string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Scope = Get(headers, "X-RateLimit-Scope"),
            RetryAfter = headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
                _ => null,
            },
            HasRateLimitHeaders = headers.Any(h => h.Key.StartsWith("X-RateLimit-", StringComparison.OrdinalIgnoreCase)),
        };
    }

    /// <summary>
    /// Seconds with decimals, such as "64.57". Invariant culture on purpose: under de-DE the current culture
    /// reads "64.57" as 6457.
    /// </summary>
    public static TimeSpan? ParseSeconds(string? value)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static string? Get(System.Net.Http.Headers.HttpResponseHeaders headers, string name)
        => headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
