using System.Text.RegularExpressions;

namespace DealBot.Core.Figures;

/// <summary>The numeral tokens the extractor starts from; run on width-folded text.</summary>
internal static partial class NumberPatterns
{
    /// <summary>
    /// One numeral: Arabic with optional thousands separators and decimals, a run of Chinese numerals (starting
    /// with a digit or 十, so "千万不要" and "万一" are not numbers), or an English number word.
    /// </summary>
    [GeneratedRegex(
        @"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?(?![0-9])" +
        @"|[0-9]+(?:\.[0-9]+)?" +
        @"|[零〇一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿点]*" +
        @"|\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?" +
        @"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen" +
        @"|seventeen|eighteen|nineteen|twice|thrice)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Numeral();
}
