using System.Diagnostics.Metrics;

namespace DealBot.Discord;

/// <summary>
/// The transport's instruments, on the meter <see cref="MeterName"/>: gateway reconnects and resumes, and 429s by
/// scope. Shared like an ActivitySource: instruments hold no state of their own; listeners (OpenTelemetry) do.
/// </summary>
public static class DiscordTelemetry
{
    /// <summary>The meter's name, for <c>AddMeter</c>.</summary>
    public const string MeterName = "DealBot.Discord";

    private static readonly Meter Meter = new(MeterName);

    internal static readonly Counter<long> Reconnects = Meter.CreateCounter<long>("dealbot.discord.gateway.reconnects", "{connection}", "Gateway connections that ended and were opened again");

    internal static readonly Counter<long> Resumes = Meter.CreateCounter<long>("dealbot.discord.gateway.resumes", "{session}", "Sessions resumed after a reconnect");

    internal static readonly Counter<long> RateLimited = Meter.CreateCounter<long>("dealbot.discord.rest.rate_limited", "{response}", "429 responses, by scope (user, global, shared)");
}
