using System.Globalization;
using System.Text.RegularExpressions;

namespace DealBot.Knowledge.Loading.Dates;

/// <summary>
/// Reads the dates pages and wire stories write: ISO forms with or without a time ("2025-10-09T07:30:00+08:00" is
/// October 9, the publisher's own day, not the UTC one), "2025/10/09", "2025年10月9日", "October 9, 2025",
/// "Oct. 9, 2025", "9 October 2025" and the e-mail form "Thu, 09 Oct 2025 13:05:00 GMT".
/// </summary>
internal static partial class DateText
{
    private const int FirstYear = 1990;
    private const int LastYear = 2100;

    /// <summary>The date a metadata value starts with (a time after it is ignored); null when it holds none.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length > 200)
        {
            text = text[..200];
        }

        var numeric = Numeric().Match(text);
        if (numeric.Success)
        {
            return Create(numeric.Groups["y"].Value, numeric.Groups["m"].Value, numeric.Groups["d"].Value);
        }

        var match = Written().Match(text);
        return match.Success ? FromMatch(match) : null;
    }

    /// <summary>The first full date written anywhere in <paramref name="text"/>.</summary>
    public static DateOnly? FirstIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var match = Written().Match(text); match.Success; match = match.NextMatch())
        {
            if (FromMatch(match) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A month name or abbreviation ("Oct", "Sept.", "October") as 1–12; 0 when it is none.</summary>
    public static int MonthNumber(string name) => name.Length < 3 ? 0 : name[..3].ToUpperInvariant() switch
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
        "DEC" => 12,
        _ => 0,
    };

    /// <summary>A valid date from its parts, or null (February 30, a year outside any news archive).</summary>
    public static DateOnly? Create(int year, int month, int day) =>
        year is >= FirstYear and <= LastYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static DateOnly? Create(string year, string month, string day) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
        && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
        && int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            ? Create(y, m, d)
            : null;

    private static DateOnly? FromMatch(Match match)
    {
        var month = match.Groups["mon"].Success ? MonthNumber(match.Groups["mon"].Value).ToString(CultureInfo.InvariantCulture) : match.Groups["m"].Value;
        return Create(match.Groups["y"].Value, month, match.Groups["d"].Value);
    }

    // Year first, as metadata writes it: 2025-10-09, 2025/10/9, 2025.10.09, 20251009, 2025年10月9日.
    [GeneratedRegex(@"^(?<y>\d{4})(?:(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})|(?<m>\d{2})(?<d>\d{2})(?![\d])|\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日)")]
    private static partial Regex Numeric();

    // Dates as written in text, anywhere: "October 9, 2025", "Oct. 9 2025", "9 October 2025", "Thu, 09 Oct 2025",
    // "2025年10月9日", "2025-10-09".
    [GeneratedRegex(@"\b(?:(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y>\d{4}))\b|(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Written();
}
