using System.Text.RegularExpressions;

namespace DealBot.Core.Figures;

/// <summary>Finds dates and periods ("2026年下半年", "October 2024", "2025-09-22") and claims their spans.</summary>
internal static class DateScanner
{
    private const int FirstYear = 1800;
    private const int LastYear = 2199;

    /// <summary>Adds every date in <paramref name="folded"/> to <paramref name="output"/>, without overlaps.</summary>
    public static void Scan(string folded, string original, int? defaultYear, List<Figure> output)
    {
        Add(DatePatterns.IsoDay(), folded, original, defaultYear, output, Day);
        Add(DatePatterns.ChineseDay(), folded, original, defaultYear, output, Day);
        Add(DatePatterns.DayMonthYear(), folded, original, defaultYear, output, Day);
        Add(DatePatterns.MonthDayYear(), folded, original, defaultYear, output, Day);
        Add(DatePatterns.ChinesePart(), folded, original, defaultYear, output, Part);
        Add(DatePatterns.EnglishHalf(), folded, original, defaultYear, output, Half);
        Add(DatePatterns.ShortHalf(), folded, original, defaultYear, output, Half);
        Add(DatePatterns.Quarter(), folded, original, defaultYear, output, QuarterOf);
        Add(DatePatterns.EnglishPart(), folded, original, defaultYear, output, Part);
        Add(DatePatterns.MonthYear(), folded, original, defaultYear, output, MonthOf);
        Add(DatePatterns.ChineseMonth(), folded, original, defaultYear, output, MonthOf);
        Add(DatePatterns.ChineseYear(), folded, original, defaultYear, output, YearOf);
    }

    private delegate bool Reader(Match match, int? defaultYear, out int year, out (DateOnly From, DateOnly To)? period);

    private static void Add(Regex pattern, string folded, string original, int? defaultYear, List<Figure> output, Reader read)
    {
        for (var match = pattern.Match(folded); match.Success; match = match.NextMatch())
        {
            if (Overlaps(output, match.Index, match.Length) || !read(match, defaultYear, out var year, out var period))
            {
                continue;
            }

            output.Add(new Figure(
                FigureKind.Date,
                year,
                FigureUnits.Date,
                Qualifier.Exact,
                original.Substring(match.Index, match.Length),
                match.Index,
                match.Length,
                period?.From,
                period?.To));
        }
    }

    private static bool Overlaps(List<Figure> figures, int start, int length)
    {
        foreach (var figure in figures)
        {
            if (start < figure.Start + figure.Length && figure.Start < start + length)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Day(Match match, int? defaultYear, out int year, out (DateOnly From, DateOnly To)? period)
    {
        period = null;
        var month = match.Groups["mon"].Success ? MonthNumber(match.Groups["mon"].Value) : ParseInt(match.Groups["m"].Value);
        var day = ParseInt(match.Groups["d"].Value);
        if (!TryYear(match, defaultYear, out year, out var explicitYear))
        {
            return false;
        }

        // Without a year, "may 5" is more likely the verb than the month (and "march 5" the verb): insist on "May 5".
        // "nov 26" can only be a day.
        if (!explicitYear && match.Groups["mon"].Success && !char.IsUpper(match.Groups["mon"].Value[0]) && IsAlsoAWord(match.Groups["mon"].Value))
        {
            return false;
        }

        if (year == 0)
        {
            return month is >= 1 and <= 12 && day is >= 1 and <= 31;
        }

        if (!Periods.IsValidDay(year, month, day))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        period = (date, date);
        return true;
    }

    private static bool IsAlsoAWord(string month) => month.StartsWith("may", StringComparison.OrdinalIgnoreCase) || month.StartsWith("mar", StringComparison.OrdinalIgnoreCase);

    private static bool MonthOf(Match match, int? defaultYear, out int year, out (DateOnly From, DateOnly To)? period)
    {
        period = null;
        var month = match.Groups["mon"].Success ? MonthNumber(match.Groups["mon"].Value) : ParseInt(match.Groups["m"].Value);
        if (!TryYear(match, defaultYear, out year, out _) || month is < 1 or > 12)
        {
            return false;
        }

        if (year != 0)
        {
            period = Periods.Month(year, month);
        }

        return true;
    }

    private static bool Half(Match match, int? defaultYear, out int year, out (DateOnly From, DateOnly To)? period)
    {
        period = null;
        if (!TryExplicitYear(match, out year))
        {
            return false;
        }

        var half = match.Groups["h"].Value.ToUpperInvariant() is "1" or "FIRST" or "1ST" ? 1 : 2;
        period = Periods.Half(year, half);
        return true;
    }

    private static bool QuarterOf(Match match, int? defaultYear, out int year, out (DateOnly From, DateOnly To)? period)
    {
        period = null;
        if (!TryExplicitYear(match, out year))
        {
            return false;
        }

        period = Periods.Quarter(year, QuarterNumber(match.Groups["q"].Value));
        return true;
    }

    private static bool Part(Match match, int? defaultYear, out int year, out (DateOnly From, DateOnly To)? period)
    {
        period = null;
        if (!TryExplicitYear(match, out year))
        {
            return false;
        }

        period = match.Groups["half"].Success ? Periods.Half(year, match.Groups["half"].Value == "上半年" ? 1 : 2)
            : match.Groups["q"].Success ? Periods.Quarter(year, QuarterNumber(match.Groups["q"].Value))
            : match.Groups["late"].Success ? Periods.Late(year)
            : match.Groups["early"].Success ? Periods.Early(year)
            : Periods.Mid(year);
        return true;
    }

    private static bool YearOf(Match match, int? defaultYear, out int year, out (DateOnly From, DateOnly To)? period)
    {
        period = null;
        if (!TryExplicitYear(match, out year))
        {
            return false;
        }

        period = Periods.Year(year);
        return true;
    }

    private static bool TryExplicitYear(Match match, out int year)
    {
        year = match.Groups["y"].Success ? ParseInt(match.Groups["y"].Value) : 0;
        return year is >= FirstYear and <= LastYear;
    }

    // A date without a year is still a date: it gets year 0 and no period, unless the caller supplies a year.
    private static bool TryYear(Match match, int? defaultYear, out int year, out bool explicitYear)
    {
        explicitYear = match.Groups["y"].Success;
        if (explicitYear)
        {
            var ok = TryExplicitYear(match, out var given);
            year = given;
            return ok;
        }

        year = defaultYear ?? 0;
        return year == 0 || Periods.IsValidYear(year);
    }

    private static int ParseInt(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static int QuarterNumber(string text) => text.ToUpperInvariant() switch
    {
        "1" or "一" or "FIRST" or "1ST" => 1,
        "2" or "二" or "SECOND" or "2ND" => 2,
        "3" or "三" or "THIRD" or "3RD" => 3,
        _ => 4,
    };

    private static int MonthNumber(string name) => name[..3].ToUpperInvariant() switch
    {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        _ => 12,
    };
}
