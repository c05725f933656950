using DealBot.Core.Figures;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Reads a date or period into a <see cref="DateRange"/>: the facts file's shorthand ("2026-H2", "2026-Q4", "2024-10",
/// "2019", "2025-09-22") with the facts loader's <see cref="PeriodParser"/>, everything else ("second half of 2026", "2026年下半年", "end of 2026", "October 2024")
/// through the figure extractor's date scanner, so the two never disagree about what a period means.
/// </summary>
internal sealed class PeriodReader(FigureExtractor figures)
{
    public DateRange Read(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (PeriodParser.TryParse(trimmed, out var from, out var to))
        {
            return new DateRange(from, to, trimmed);
        }

        var date = figures.Extract(trimmed).FirstOrDefault(f => f.Kind == FigureKind.Date && f.From is not null && f.To is not null);
        return date is not null
            ? new DateRange(date.From!.Value, date.To!.Value, trimmed)
            : throw new CalculationException(
                $"Cannot read '{text}' as a date or period; write it like 2026-11-28, 2026-H2, 'second half of 2026' or '2026年下半年'.");
    }
}
