using System.Globalization;
using System.Text.RegularExpressions;
using DealBot.Core.Text;

namespace DealBot.Knowledge.Loading.Dates;

/// <summary>
/// Finds the dateline a news story opens with: "新华社旧金山2025年10月9日电", "（记者 张三）2025年10月9日",
/// "Oct 9 (Reuters) -", "SAN FRANCISCO, Oct 9, 2025 (Reuters) -", "September 23, 2025 —". A dateline without a
/// year takes the year of the first other full date in the text ("the deal announced on September 22, 2025").
/// Only the opening lines are read: a date further down is a date the story talks about, not the day it was filed.
/// </summary>
internal static partial class DatelineReader
{
    private const int LinesRead = 8;
    private const int LineReach = 240;

    public static Dateline? Find(string text, int? yearElsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var seen = 0;
        var start = 0;
        while (start < text.Length && seen < LinesRead)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var raw = text.AsSpan(start, Math.Min(end - start, LineReach)).Trim();
            if (raw.Length > 0)
            {
                seen++;
                var line = TextNormalizer.Normalize(raw.ToString());
                if (Match(line) is { } match)
                {
                    return Resolve(match, text, yearElsewhere);
                }
            }

            start = end + 1;
        }

        return null;
    }

    private static Match? Match(string line)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[ChineseFiled(), ChineseReporter(), EnglishWire(), EnglishDated()])
        {
            var match = pattern.Match(line);
            if (match.Success)
            {
                return match;
            }
        }

        return null;
    }

    private static Dateline Resolve(Match match, string text, int? yearElsewhere)
    {
        var month = match.Groups["mon"].Success ? DateText.MonthNumber(match.Groups["mon"].Value) : int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var written = match.Value.Trim();
        int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        year ??= DateText.FirstIn(TextNormalizer.Normalize(text))?.Year ?? yearElsewhere;
        return new Dateline(written, year is { } y ? DateText.Create(y, month, day) : null);
    }

    // "…2025年10月9日电", "中新网10月9日电": the agency's own filing line, near the start of the first paragraph.
    [GeneratedRegex(@"^.{0,40}?(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日电")]
    private static partial Regex ChineseFiled();

    // "（记者 张三 李四）2025年10月9日，…": the reporters' credit, then the day.
    [GeneratedRegex(@"^[(（]\s*(?:本报)?记者[^)）]{0,40}[)）]\s*(?:(?<y>\d{4})年)?(?<m>\d{1,2})月(?<d>\d{1,2})日")]
    private static partial Regex ChineseReporter();

    // "Oct 9 (Reuters) -", "SAN FRANCISCO, Oct 9, 2025 (Reuters) -": an optional place, the day, the agency, a dash.
    [GeneratedRegex(@"^(?:[A-Z][\p{L}.'’/ -]{0,40},\s*)?(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?<d>\d{1,2})(?:,?\s+(?<y>\d{4}))?\s*\([A-Z][^()]{0,30}\)\s*[-–—]")]
    private static partial Regex EnglishWire();

    // "September 23, 2025 —", "SAN FRANCISCO, 23 September 2025 -": a full date with a dash and no agency.
    [GeneratedRegex(@"^(?:[A-Z][\p{L}.'’/ -]{0,40},\s*)?(?:(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})|(?<d>\d{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?,?\s+(?<y>\d{4}))\s*[-–—]")]
    private static partial Regex EnglishDated();
}
