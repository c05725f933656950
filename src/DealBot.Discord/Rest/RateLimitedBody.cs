namespace DealBot.Discord.Rest;

/// <summary>The JSON body of a 429 from the API (Cloudflare's 429s are HTML instead).</summary>
internal sealed record RateLimitedBody
{
    public string? Message { get; init; }

    public double? RetryAfter { get; init; }

    public bool Global { get; init; }

    public int? Code { get; init; }
}
