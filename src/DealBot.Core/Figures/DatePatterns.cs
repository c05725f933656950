using System.Text.RegularExpressions;

namespace DealBot.Core.Figures;

/// <summary>The date and period shapes the extractor knows, most specific first; run on width-folded text.</summary>
internal static partial class DatePatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Month names; "may" and "march" are also ordinary words, so yearless dates check the capital letter in code.
    private const string Month =
        @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?";

    private const string Year = "(?<y>[0-9]{4})(?![0-9])";

    [GeneratedRegex(@"(?<![0-9.,/-])(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\k<sep>(?<d>[0-9]{1,2})(?![0-9])", Options)]
    public static partial Regex IsoDay();

    [GeneratedRegex(@"(?<![0-9])(?:(?<y>[0-9]{4})\s*年\s*)?(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*[日号]", Options)]
    public static partial Regex ChineseDay();

    [GeneratedRegex(@"\b(?<d>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"(?:,?\s+" + Year + ")?", Options)]
    public static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+(?<d>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9])(?:,?\s*" + Year + ")?", Options)]
    public static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b" + Month + @",?\s+(?:of\s+)?" + Year, Options)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"(?<![0-9])(?:" + Year + @"\s*年\s*)?(?<m>[0-9]{1,2})\s*月份?", Options)]
    public static partial Regex ChineseMonth();

    // "2026年下半年", "2025年第三季度", "2025年Q3", "2026年底", "2026 年底", "2026年年初", "2026年年中".
    [GeneratedRegex(
        @"(?<![0-9])" + Year + @"\s*年\s*(?:(?<half>上半年|下半年)|第?(?<q>[一二三四1-4])季度|Q(?<q>[1-4])|年?(?<late>底|末)|年?(?<early>初)(?!步)|年(?<mid>中)|(?<mid>中期))",
        Options)]
    public static partial Regex ChinesePart();

    [GeneratedRegex(@"\b(?<h>first|second|1st|2nd)[\s-]+half\s+(?:of\s+)?(?:the\s+year\s+)?" + Year, Options)]
    public static partial Regex EnglishHalf();

    [GeneratedRegex(@"\b(?:H(?<h>[12])\s*'?" + Year + @"|(?<h>[12])H\s*" + Year + @"|" + Year + @"\s*H(?<h>[12])\b)", Options)]
    public static partial Regex ShortHalf();

    [GeneratedRegex(
        @"\b(?:Q(?<q>[1-4])\s*'?" + Year + @"|" + Year + @"\s*Q(?<q>[1-4])\b|(?<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?" + Year + ")",
        Options)]
    public static partial Regex Quarter();

    [GeneratedRegex(
        @"\b(?:(?<early>early)[\s-]+|(?<late>late)[\s-]+|(?<mid>mid)[\s-]*|(?<early>start|beginning)\s+of\s+|(?<late>end)\s+of\s+|(?<mid>middle)\s+of\s+)" + Year,
        Options)]
    public static partial Regex EnglishPart();

    // "2019年" (but not "1990年代" or "5年龄"); years are range-checked in code.
    [GeneratedRegex(@"(?<![0-9.,])" + Year + @"\s*年(?![代龄级])", Options)]
    public static partial Regex ChineseYear();
}
