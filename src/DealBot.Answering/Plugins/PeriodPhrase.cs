using System.Globalization;
using DealBot.Core.Documents;

namespace DealBot.Answering.Plugins;

/// <summary>Names a period for people: "the second half of 2026" / "2026年下半年", "December 2026" / "2026年12月".</summary>
internal static class PeriodPhrase
{
    private static readonly string[] ChineseQuarters = ["一", "二", "三", "四"];

    public static string For(DateOnly? from, DateOnly? to, string fallback, string language)
    {
        if (from is not { } f || to is not { } t)
        {
            return fallback;
        }

        var zh = language == Languages.Chinese;
        var wholeMonths = f.Day == 1 && t.AddDays(1).Day == 1 && f.Year == t.Year;
        var months = wholeMonths ? t.Month - f.Month + 1 : 0;
        return (wholeMonths, months) switch
        {
            _ when f == t => zh ? $"{f.Year}年{f.Month}月{f.Day}日" : f.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            (true, 12) => zh ? $"{f.Year}年" : f.Year.ToString(CultureInfo.InvariantCulture),
            (true, 6) => zh
                ? $"{f.Year}年{(f.Month == 1 ? "上" : "下")}半年"
                : $"the {(f.Month == 1 ? "first" : "second")} half of {f.Year}",
            (true, 3) when (f.Month - 1) % 3 == 0 => zh
                ? $"{f.Year}年第{ChineseQuarters[(f.Month - 1) / 3]}季度"
                : $"Q{((f.Month - 1) / 3) + 1} {f.Year}",
            (true, 1) => zh ? $"{f.Year}年{f.Month}月" : f.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => zh ? $"{Iso(f)}至{Iso(t)}" : $"{Iso(f)} to {Iso(t)}",
        };
    }

    /// <summary>"September 2025" / "2025年9月": the reporting month answers mention.</summary>
    public static string Month(DateOnly date, string language) =>
        language == Languages.Chinese ? $"{date.Year}年{date.Month}月" : date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
