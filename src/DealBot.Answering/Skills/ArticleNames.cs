using System.Text.RegularExpressions;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Skills;

/// <summary>
/// The question's words that only articles added after the fact sheet use ("Tallgrass Bend", "白桦岭"): neither a
/// curated fact nor a retrieved passage of the articles the facts were written from has them, a later article does. A
/// question naming them is about that article, which no curated figure answers.
/// </summary>
internal static partial class ArticleNames
{
    // One word of its own, or two Chinese bigrams: less is a stray word, not a name.
    private const double NameWeight = 1.0;

    private static readonly Dictionary<string, double> None = new(StringComparer.Ordinal);

    /// <summary>The names, with the question's weights; empty when they weigh less than a name.</summary>
    public static IReadOnlyDictionary<string, double> Of(IReadOnlyDictionary<string, double> terms, IReadOnlyList<ScoredPassage> passages, KnowledgeView knowledge)
    {
        var laterTexts = passages.Where(p => !knowledge.CuratedArticles.Contains(p.Passage.SourceId)).Select(p => p.Passage.Title + "\n" + p.Passage.Text).ToList();
        if (laterTexts.Count == 0)
        {
            return None;
        }

        var later = laterTexts.Select(knowledge.Matcher.Terms).ToList();
        var curated = passages.Where(p => knowledge.CuratedArticles.Contains(p.Passage.SourceId)).Select(p => knowledge.Matcher.Terms(p.Passage.Text)).ToList();

        // A Latin word is a name where the article writes it capitalised inside a sentence ("Birch Ridge", not "build"),
        // or capitalised wherever it stands and never in lower case ("Lodestar Compute Finance, the company …").
        var proper = laterTexts.SelectMany(t => ProperWord().Matches(t)).Select(m => EnglishStemmer.Stem(m.Groups[1].Value.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);
        var lowered = laterTexts.SelectMany(t => LowerWord().Matches(t)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        proper.UnionWith(laterTexts.SelectMany(t => CapitalWord().Matches(t)).Select(m => m.Value).Where(w => !lowered.Contains(w.ToLowerInvariant())).Select(w => EnglishStemmer.Stem(w.ToLowerInvariant())));
        var names = terms
            // Figures and dates are not names, nor the digits of one ("12" of "2026年12月31日"); of the glossary's entities, places and names are ("堪萨斯" finds "Kansas"),
            // concepts and everyday words are not.
            .Where(t => !t.Key.StartsWith("n:", StringComparison.Ordinal) && !t.Key.StartsWith("d:", StringComparison.Ordinal) && !t.Key.All(char.IsAsciiDigit) && (!t.Key.StartsWith("e:", StringComparison.Ordinal) || knowledge.NamesSomeone(t.Key))
                && !knowledge.FactTerms.Contains(t.Key) && !curated.Any(c => c.Contains(t.Key)) && later.Any(l => l.Contains(t.Key))
                && (!char.IsAsciiLetter(t.Key[0]) || t.Key.StartsWith("e:", StringComparison.Ordinal) || proper.Contains(t.Key)))
            .ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        return names.Values.Sum() >= NameWeight ? names : None;
    }

    /// <summary>
    /// The articles among <paramref name="passages"/> that use <paramref name="names"/> as fully as any article does: of
    /// "Greyhollow" and "园区", the article naming Greyhollow, not every article with a campus.
    /// </summary>
    public static IReadOnlySet<string> Articles(IReadOnlyDictionary<string, double> names, IReadOnlyList<ScoredPassage> passages, KnowledgeView knowledge)
    {
        if (names.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        // The weighted share of the names each article's retrieved passages use.
        var shares = passages.GroupBy(p => p.Passage.SourceId, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Share: knowledge.Matcher.Score(names, g.SelectMany(p => new[] { p.Passage.Title, p.Passage.Text }))))
            .ToList();
        var best = shares.Max(x => x.Share);
        return shares.Where(x => x.Share > 0 && x.Share >= best - 1e-9).Select(x => x.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// For a follow-up, the articles added later that the previous answer quoted (restricted to <paramref name="available"/>
    /// when given): what "it", "there" and "who led it?" are about when the follow-up names nothing of its own.
    /// </summary>
    public static IReadOnlySet<string> Quoted(Understanding.QuestionFrame frame, KnowledgeView knowledge, IReadOnlyCollection<string>? available = null) =>
        frame.IsFollowUp && frame.PreviousResult is { } previous
            ? previous.Citations.Select(c => c.SourceId).Where(id => !knowledge.CuratedArticles.Contains(id) && (available is null || available.Contains(id))).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);

    [GeneratedRegex(@"\b[A-Z][a-z][a-zA-Z]*\b")]
    private static partial Regex CapitalWord();

    [GeneratedRegex(@"\b[a-z][a-zA-Z]*\b")]
    private static partial Regex LowerWord();

    // A capitalised word that does not open a sentence.
    [GeneratedRegex(@"(?<![.!?:""“]\s|^|\n)(?<=[\s(（“""'])([A-Z][a-z][a-zA-Z]*)")]
    private static partial Regex ProperWord();
}
