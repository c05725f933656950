using System.Globalization;
using System.Text.RegularExpressions;

namespace DealBot.Core.Figures;

/// <summary>
/// Reads the <c>when</c> of a timeline event: "2019", "2024-10", "2025-09-22", "2026-H2" or "2026-Q4" become the
/// first and last day of the period; anything else is a phrase (a conditional event) and has no dates.
/// </summary>
public static partial class PeriodParser
{
    public static bool TryParse(string? when, out DateOnly from, out DateOnly to)
    {
        from = default;
        to = default;
        var text = when?.Trim() ?? string.Empty;

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            from = to = day;
            return true;
        }

        var match = PeriodPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        // The last day is computed from the first day of the following period, which must exist.
        if (year is < 1 or > 9998)
        {
            return false;
        }

        var (firstMonth, months) = match switch
        {
            _ when match.Groups["month"].Success => (int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1),
            _ when match.Groups["half"].Success => (((match.Groups["half"].Value[0] - '1') * 6) + 1, 6),
            _ when match.Groups["quarter"].Success => (((match.Groups["quarter"].Value[0] - '1') * 3) + 1, 3),
            _ => (1, 12),
        };

        if (firstMonth is < 1 or > 12)
        {
            return false;
        }

        from = new DateOnly(year, firstMonth, 1);
        to = from.AddMonths(months).AddDays(-1);
        return true;
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?:(?<month>\d{2})|H(?<half>[12])|Q(?<quarter>[1-4])))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeriodPattern();
}
