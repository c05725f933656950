using System.Globalization;
using System.Text.RegularExpressions;
using DealBot.Core.Figures;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Reads a date or period into a <see cref="DateRange"/>: the facts file's shorthand ("2026-H2", "2026-Q4", "2024-10",
/// "2019", "2025-09-22") here, everything else ("second half of 2026", "2026年下半年", "end of 2026", "October 2024")
/// through the figure extractor's date scanner, so the two never disagree about what a period means.
/// </summary>
internal sealed partial class PeriodReader(FigureExtractor figures)
{
    public DateRange Read(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (TryShorthand(trimmed, out var from, out var to))
        {
            return new DateRange(from, to, trimmed);
        }

        var date = figures.Extract(trimmed).FirstOrDefault(f => f.Kind == FigureKind.Date && f.From is not null && f.To is not null);
        return date is not null
            ? new DateRange(date.From!.Value, date.To!.Value, trimmed)
            : throw new CalculationException(
                $"Cannot read '{text}' as a date or period; write it like 2026-11-28, 2026-H2, 'second half of 2026' or '2026年下半年'.");
    }

    private static bool TryShorthand(string text, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            from = to = day;
            return true;
        }

        var match = Shorthand().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var (first, months) = match switch
        {
            _ when match.Groups["month"].Success => (int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1),
            _ when match.Groups["half"].Success => (((match.Groups["half"].Value[0] - '1') * 6) + 1, 6),
            _ when match.Groups["quarter"].Success => (((match.Groups["quarter"].Value[0] - '1') * 3) + 1, 3),
            _ => (1, 12),
        };
        if (first is < 1 or > 12 || year is < 1 or > 9998)
        {
            return false;
        }

        from = new DateOnly(year, first, 1);
        to = from.AddMonths(months).AddDays(-1);
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>\d{2})|H(?<half>[12])|Q(?<quarter>[1-4])))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Shorthand();
}
