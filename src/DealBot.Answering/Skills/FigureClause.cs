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
    private static readonly char[] Opening = ['(', '（'];
    private static readonly char[] Closing = [')', '）'];

    // "10 gigawatts (GW) of Nvidia systems": a unit's abbreviation in brackets does not end the clause.
    private const int AbbreviationLength = 6;

    public static string Of(string sentence, Figure figure)
    {
        var at = sentence.IndexOf(figure.Surface, StringComparison.Ordinal);
        if (at < 0)
        {
            return sentence;
        }

        var start = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (Ends(sentence, i))
            {
                start = i + 1;
                break;
            }
        }

        for (var i = at + figure.Surface.Length; i < sentence.Length; i++)
        {
            if (Ends(sentence, i))
            {
                return sentence[start..i];
            }
        }

        return sentence[start..];
    }

    /// <summary>The weighted share of <paramref name="words"/> that the clause of <paramref name="figure"/> uses.</summary>
    public static double Share(SkillContext context, IReadOnlyDictionary<string, double> words, string sentence, Figure figure) =>
        words.Count == 0 ? 0 : context.Knowledge.Matcher.Score(words, [Of(sentence, figure)]);

    /// <summary>
    /// Of the figures a sentence states, the one whose own clause shares most of the question's words (the first on a
    /// tie). A follow-up's own words decide first ("at what valuation?" after the second investment: the valuation's
    /// figure, though the inherited words name the investment's).
    /// </summary>
    public static Figure? Named(SkillContext context, string sentence, IReadOnlyList<Figure> figures)
    {
        var words = context.Words;
        if (figures.Count <= 1 || words.Count == 0)
        {
            return figures.FirstOrDefault();
        }

        if (context.Frame.IsFollowUp)
        {
            var own = context.OwnWords;
            // Figures of one clause tie; the one right beside the follow-up's own word is meant ("a valuation … of US$820 billion").
            var ranked = figures.Select(f => (Figure: f, Share: Share(context, own, sentence, f), Distance: Distance(sentence, f, own.Keys)))
                .OrderByDescending(x => x.Share).ThenBy(x => x.Distance).ToList();
            if (ranked[0].Share > 0 && (ranked[0].Share > ranked[1].Share || ranked[0].Distance < ranked[1].Distance))
            {
                return ranked[0].Figure;
            }
        }

        return figures.Select((f, i) => (Figure: f, Share: Share(context, words, sentence, f), Order: i))
            .OrderByDescending(x => x.Share).ThenBy(x => x.Order).First().Figure;
    }

    // Characters between a figure and the nearest of the words in the sentence (its length when none is there).
    private static int Distance(string sentence, Figure figure, IEnumerable<string> words)
    {
        var lower = sentence.ToLowerInvariant();
        var at = sentence.IndexOf(figure.Surface, StringComparison.Ordinal);
        var found = words.Where(w => !w.Contains(':', StringComparison.Ordinal)).Select(w => lower.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).ToList();
        return at < 0 || found.Count == 0 ? sentence.Length : found.Min(i => Math.Abs(i - at));
    }

    private static bool Ends(string sentence, int at) => Array.IndexOf(Breaks, sentence[at]) >= 0 && !Abbreviated(sentence, at);

    // A bracket opening or closing a short group without spaces ("(MW)", "（GW）").
    private static bool Abbreviated(string sentence, int at)
    {
        if (Array.IndexOf(Opening, sentence[at]) >= 0)
        {
            var close = sentence.IndexOfAny(Closing, at + 1);
            return close > at && close - at - 1 <= AbbreviationLength && !sentence.AsSpan(at + 1, close - at - 1).ContainsAny(' ', ',');
        }

        if (Array.IndexOf(Closing, sentence[at]) >= 0)
        {
            var open = sentence.LastIndexOfAny(Opening, at);
            return open >= 0 && at - open - 1 <= AbbreviationLength && !sentence.AsSpan(open + 1, at - open - 1).ContainsAny(' ', ',');
        }

        return false;
    }
}
