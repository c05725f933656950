using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// How a milestone's time is written: as the facts file states it ("2025", "2025-09", "2026-H2") when that is a
/// period, so "earlier this year" reads "2025" rather than the span the facts file narrows it to; otherwise from–to.
/// </summary>
internal static class EventPeriods
{
    public static string? Of(TimelineEvent e, FigureFormatter formatter, string language)
    {
        if (PeriodParser.TryParse(e.When, out var from, out var to))
        {
            return formatter.FormatPeriod(from, to, language);
        }

        return e.From is { } start && e.To is { } end ? formatter.FormatPeriod(start, end, language) : null;
    }
}
