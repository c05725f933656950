using System.Diagnostics.Metrics;

namespace DealBot.Discord;

/// <summary>
/// The transport's instruments, on the meter <see cref="MeterName"/>: gateway reconnects and resumes, and 429s by
/// scope. Created from the host's <see cref="IMeterFactory"/>, so each host (and each test) reads only its own.
/// </summary>
public sealed class DiscordMetrics
{
    /// <summary>The meter's name, for <c>AddMeter</c>.</summary>
    public const string MeterName = "DealBot.Discord";

    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _resumes;
    private readonly Counter<long> _rateLimited;

    /// <summary>Creates the instruments on <paramref name="meters"/>.</summary>
    /// <param name="meters">The host's meter factory.</param>
    public DiscordMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _reconnects = meter.CreateCounter<long>("dealbot.discord.gateway.reconnects", "{connection}", "Gateway connections that ended and were opened again");
        _resumes = meter.CreateCounter<long>("dealbot.discord.gateway.resumes", "{session}", "Sessions resumed after a reconnect");
        _rateLimited = meter.CreateCounter<long>("dealbot.discord.rest.rate_limited", "{response}", "429 responses, by scope (user, global, shared, cloudflare)");
    }

    internal void Reconnecting() => _reconnects.Add(1);

    internal void Resumed() => _resumes.Add(1);

    /// <param name="scope">X-RateLimit-Scope as Discord sent it; a value Discord does not document counts as "other", so a header cannot add labels.</param>
    internal void RateLimited(string scope) =>
        _rateLimited.Add(1, new KeyValuePair<string, object?>("scope", scope is "user" or "global" or "shared" or "cloudflare" ? scope : "other"));
}
