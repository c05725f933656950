using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Text;

namespace DealBot.Answering.Composition;

/// <summary>
/// Decides when a retrieved passage answers a figure question better than the curated figure chosen for it. Articles
/// that moderators add later have no curated facts: "Nvidia's second investment" must be answered from the sentence
/// that states it, not from the planned total whose label shares most of its words. A passage wins only when one of its
/// sentences states another figure of the kind asked, matches every term of the question the figure matches, and matches
/// a further term the figure's label and aliases lack.
/// </summary>
internal static class FactPassageArbiter
{
    private const int PassagesRead = 6;
    private const double DistinctiveWeight = 0.6;

    // A word, an entity or two Chinese bigrams ("第二", "二笔"): one stray bigram is not a distinction.
    private const double MoreWeight = 1.0;

    public static bool PassageAnswersBetter(ComposeContext context, FactFigure fact, IReadOnlySet<FigureKind> kinds, FigureEquivalence equivalence)
    {
        var covered = new Dictionary<string, double>(StringComparer.Ordinal);
        var lacking = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, weight) in context.Terms)
        {
            var single = new Dictionary<string, double> { [term] = weight };
            if (context.Matcher.Score(single, fact) > 0)
            {
                covered[term] = weight;
            }
            else if (weight >= DistinctiveWeight)
            {
                lacking[term] = weight;
            }
        }

        if (covered.Count == 0 || lacking.Count == 0)
        {
            return false;
        }

        var lackingWeight = lacking.Values.Sum();
        foreach (var passage in context.Passages.Take(PassagesRead).Select(p => p.Passage))
        {
            foreach (var sentence in SentenceSplitter.Split(passage.Text))
            {
                var stated = passage.Figures.Where(f => kinds.Contains(f.Kind) && sentence.Contains(f.Surface, StringComparison.Ordinal)).ToList();
                if (stated.Count == 0 || stated.Any(f => f.Unit == fact.Unit && equivalence.ValuesMatch(f.Value, fact.Value)))
                {
                    continue;
                }

                // Everything the figure's label matches, and a word of the question the label lacks.
                if (context.Matcher.Score(covered, [sentence]) >= 1 && context.Matcher.Score(lacking, [sentence]) * lackingWeight >= MoreWeight)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
