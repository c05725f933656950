using System.Globalization;

namespace DealBot.Answering.Plugins;

/// <summary>Dates as machines and traces write them: "2026-07-01".</summary>
internal static class IsoDate
{
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
