using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// The clause of a sentence a figure stands in: of "340 megawatts of geothermal power from the Dixie Flats field,
/// 900 megawatts of solar panels near Ely", the first figure's clause speaks of geothermal power, the second's of solar.
/// A sentence listing several figures says which is which only clause by clause.
/// </summary>
internal static class FigureClause
{
    private static readonly char[] Breaks = [',', '，', '、', ';', '；', '。', '(', ')', '（', '）'];

    public static string Of(string sentence, Figure figure)
    {
        var at = sentence.IndexOf(figure.Surface, StringComparison.Ordinal);
        if (at < 0)
        {
            return sentence;
        }

        var start = sentence.LastIndexOfAny(Breaks, Math.Max(0, at - 1)) + 1;
        var end = sentence.IndexOfAny(Breaks, at + figure.Surface.Length);
        return sentence[start..(end < 0 ? sentence.Length : end)];
    }
}
