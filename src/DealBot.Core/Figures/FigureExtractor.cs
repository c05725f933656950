using DealBot.Core.Text;

namespace DealBot.Core.Figures;

/// <summary>
/// Finds the figures in a text, in English and Chinese: money ("US$100 billion", "1000亿美元"), power ("10 GW",
/// "10千兆瓦"), energy, percentages, counts ("800多万"), multiples ("5倍") and dates or periods ("2026年下半年").
/// </summary>
/// <remarks>
/// <para>
/// Values are normalised as <see cref="Figure.Value"/> describes. Full-width digits and signs are read as ASCII;
/// offsets always refer to the text passed in. Figures never overlap and come in text order.
/// </para>
/// <para>
/// <see cref="Figure.Surface"/> covers the whole phrase: the hedge, the currency sign, the number, the scale, the unit
/// and a trailing hedge ("up to US$100 billion", "超过 7 亿", "6%左右"). A date's surface is the date alone.
/// </para>
/// <para>
/// Vague amounts ("billions of dollars", "数十亿美元") give nothing. Bare numbers (no unit, scale or currency) are
/// figures only when they mean something on their own: an Arabic integer from 1990 to 2100 is a year; otherwise a
/// bare Arabic number is a <see cref="FigureKind.Count"/> when it is at least 10 or hedged ("at least 3"). Ordinals
/// ("第一", "2nd"), names ("GPT-4", "H100"), versions ("3.5.1") and bare Chinese or English number words are
/// skipped. <see cref="ExtractNumbers(string)"/> also returns the small bare numbers, for checking answer text.
/// </para>
/// </remarks>
public sealed class FigureExtractor
{
    /// <summary>Extracts the figures of <paramref name="text"/>; a day or month without a year gets no period.</summary>
    public IReadOnlyList<Figure> Extract(string text) => Extract(text, defaultYear: null);

    /// <summary>
    /// Extracts the figures of <paramref name="text"/>; a day or month without a year ("9月22日") is placed in
    /// <paramref name="defaultYear"/> when given, else it keeps <see cref="Figure.Value"/> 0 and no period.
    /// </summary>
    public IReadOnlyList<Figure> Extract(string text, int? defaultYear) => Run(text, defaultYear, allNumbers: false);

    /// <summary>
    /// Like <see cref="Extract(string)"/>, but every other Arabic number is returned too, as a
    /// <see cref="FigureKind.Count"/> ("2.0", "in 3 steps"): what a verifier needs to see every number of an answer.
    /// </summary>
    public IReadOnlyList<Figure> ExtractNumbers(string text) => ExtractNumbers(text, defaultYear: null);

    /// <summary>Like <see cref="ExtractNumbers(string)"/>, placing yearless dates in <paramref name="defaultYear"/>.</summary>
    public IReadOnlyList<Figure> ExtractNumbers(string text, int? defaultYear) => Run(text, defaultYear, allNumbers: true);

    private static List<Figure> Run(string text, int? defaultYear, bool allNumbers)
    {
        ArgumentNullException.ThrowIfNull(text);
        var figures = new List<Figure>();
        if (text.Length == 0)
        {
            return figures;
        }

        // One character for one, so offsets stay valid; "，" stays full-width, so "10，100" is two numbers.
        var folded = TextNormalizer.FoldWidth(text);
        DateScanner.Scan(folded, text, defaultYear, figures);
        figures.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var dates = figures.ToArray();
        NumberScanner.Scan(folded, text, allNumbers, dates, figures);
        figures.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return figures;
    }
}
