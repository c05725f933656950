using DealBot.Core.Documents;

namespace DealBot.Core.Figures;

/// <summary>
/// Renders figures for people in English or Chinese: "up to US$100 billion" / "高达1000亿美元", "10 GW" / "10千兆瓦",
/// "800多万", "the second half of 2026" / "2026年下半年". Whatever it prints, <see cref="FigureExtractor"/> reads back
/// to the same value within <see cref="FigureEquivalence.DefaultTolerance"/>.
/// </summary>
/// <remarks>
/// Numbers keep at most three decimals (four significant digits below one) and no trailing zeros. English uses
/// million / billion / trillion, Chinese 万 / 亿 / 万亿. Chinese power uses 千兆瓦 (= 吉瓦 = GW) as the articles do;
/// Chinese energy is written in 千瓦时 with 万 / 亿 ("876亿千瓦时"). A "more than" count with 万 or 亿 and a round
/// mantissa is written the Chinese way, "800多万"; otherwise "超过". The fourth quarter is printed as "the end of
/// 2026" / "2026年底" and the first as "early 2026" / "2026年初", the periods the extractor gives those phrases.
/// </remarks>
public sealed class FigureFormatter
{
    /// <summary>Renders <paramref name="figure"/> in <paramref name="language"/> ("en" or "zh"; anything else is English).</summary>
    public string Format(Figure figure, string language)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Kind != FigureKind.Date)
        {
            return Format(figure.Kind, figure.Value, figure.Unit, figure.Qualifier, language);
        }

        return figure.From is { } from && figure.To is { } to ? FormatPeriod(from, to, language) : figure.Surface;
    }

    /// <summary>Renders a value that is not a date, with its hedge.</summary>
    public string Format(FigureKind kind, decimal value, string unit, Qualifier qualifier, string language)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (kind == FigureKind.Date)
        {
            throw new ArgumentException("Dates are formatted from their period; use Format(Figure, string) or FormatPeriod.", nameof(kind));
        }

        return IsChinese(language) ? ChineseFigureText.Render(kind, value, unit, qualifier) : EnglishFigureText.Render(kind, value, unit, qualifier);
    }

    /// <summary>Renders a period: a day, a month, a quarter, a half year, a year, or else "from – to".</summary>
    public string FormatPeriod(DateOnly from, DateOnly to, string language) =>
        IsChinese(language) ? PeriodText.Chinese(from, to) : PeriodText.English(from, to);

    private static bool IsChinese(string language) => Languages.Normalize(language) == Languages.Chinese;
}
