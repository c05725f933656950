using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;

namespace DealBot.Answering.Skills;

/// <summary>Turns fact sources and passages into citations, preferring sources in the answer's language.</summary>
internal static class Citations
{
    public static Citation? ForFact(IReadOnlyList<FactSource> sources, SkillContext context)
    {
        var articles = context.Knowledge.Sources;
        var known = sources.Where(s => articles.ContainsKey(s.ArticleId)).ToList();
        var chosen = known.FirstOrDefault(s => articles[s.ArticleId].Language == context.Language) ?? known.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        var article = articles[chosen.ArticleId];
        return new Citation(article.SourceId, article.Title, article.Published, chosen.Quote);
    }

    /// <summary>Citations of a fact's sources, those in the answer's language first, up to <paramref name="most"/>.</summary>
    public static IReadOnlyList<Citation> ForFactAll(IReadOnlyList<FactSource> sources, SkillContext context, int most = 2)
    {
        var articles = context.Knowledge.Sources;
        return Distinct(sources
            .Where(s => articles.ContainsKey(s.ArticleId))
            .OrderBy(s => articles[s.ArticleId].Language == context.Language ? 0 : 1)
            .Take(most)
            .Select(s => ForFact([s], context)));
    }

    public static Citation ForPassage(Passage passage, string quote) => new(passage.SourceId, passage.Title, passage.Published, quote, passage.Id);

    /// <summary>Distinct citations (one per article and quote), in order.</summary>
    public static IReadOnlyList<Citation> Distinct(IEnumerable<Citation?> citations) =>
        citations.OfType<Citation>().DistinctBy(c => (c.SourceId, c.Quote)).ToList();

    public static DateOnly? AsOf(IEnumerable<Citation> citations) => citations.Max(c => c.Published);
}
