using System.Diagnostics;

namespace DealBot.Telemetry;

/// <summary>
/// The bot's own spans: one per gateway event handled (an answer's spans nest beneath its event) and one per
/// knowledge refresh. Recorded only when OpenTelemetry listens to <see cref="SourceName"/>.
/// </summary>
internal static class BotActivities
{
    public const string SourceName = "DealBot";

    public static ActivitySource Source { get; } = new(SourceName);
}
