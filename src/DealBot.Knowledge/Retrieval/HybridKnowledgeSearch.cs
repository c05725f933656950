using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;
using DealBot.Core.Text;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Facts;
using DealBot.Knowledge.Sparse;

namespace DealBot.Knowledge.Retrieval;

/// <summary>
/// Hybrid retrieval: the question is embedded (dense leg, MiniLM; <see cref="DenseQuery"/> says from which texts) and
/// analysed into glossary, figure and word terms (sparse leg, BM25); the store fuses both rankings by reciprocal rank. The dense leg finds paraphrases, the sparse leg
/// finds exact entities and numbers in either language ("英伟达" finds "Nvidia", "1000亿美元" finds "US$100 billion").
/// </summary>
public sealed class HybridKnowledgeSearch(
    ITextEmbedder embedder,
    SparseEncoderProvider encoders,
    LexicalMatchers matchers,
    FactSheetCache facts,
    IPassageStore store,
    QueryEmbeddingCache queryCache,
    FigureEquivalence equivalence) : IKnowledgeSearch
{
    private const double MinimumFactScore = 0.5;
    private const int MaxBoosted = 2;

    // Half of a first place in one RRF leg (1 / (60 + 1)): enough to reorder near-ties, not to overrule both legs.
    private const double FigureBoost = 0.5 / 61;

    public async Task<IReadOnlyList<ScoredPassage>> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = TextNormalizer.Normalize(query ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            return [];
        }

        var sheet = await facts.GetAsync(cancellationToken).ConfigureAwait(false);
        var sparse = encoders.For(sheet).EncodeQuery(text);
        var dense = await queryCache.GetOrAddAsync(DenseQuery.TextsFor(text, encoders.MatcherFor(sheet)), embedder, cancellationToken).ConfigureAwait(false);
        var limit = Math.Clamp(options.Limit, 1, 100);
        var filter = new PassageFilter(options.Language, options.SourceIds);
        var candidates = await store.SearchAsync(new HybridQuery(dense, sparse, filter, Math.Max(limit * 3, 15), Math.Max(50, limit * 4)), cancellationToken).ConfigureAwait(false);
        return Rerank(candidates, text, sheet, limit);
    }

    // The curated facts say which figure a question is about ("how much will Nvidia invest" is the planned total, not
    // the first tranche); passages stating that figure move up. Without a confident match the fused order stands.
    private IReadOnlyList<ScoredPassage> Rerank(IReadOnlyList<ScoredPassage> candidates, string query, FactSheet sheet, int limit)
    {
        if (sheet.Figures.Count == 0 || candidates.Count == 0)
        {
            return candidates.Take(limit).ToList();
        }

        var matcher = matchers.FactMatcherFor(sheet);
        var weights = matcher.QuestionWeights(query);
        var best = sheet.Figures.Select(f => (Figure: f, Score: matcher.Score(weights, f))).MaxBy(x => x.Score);
        if (best.Score < MinimumFactScore)
        {
            return candidates.Take(limit).ToList();
        }

        var target = new Figure(best.Figure.Kind, best.Figure.Value, best.Figure.Unit, best.Figure.Qualifier, string.Empty, 0, 0);
        // Only the first two passages stating the figure move up: the rest of the top stays open for the other things
        // a question names ("Stargate" in "how many times larger is Stargate than the investment").
        var reranked = new List<ScoredPassage>(candidates.Count);
        var boosted = 0;
        foreach (var candidate in candidates)
        {
            var states = boosted < MaxBoosted && candidate.Passage.Figures.Any(f => equivalence.Matches(f, target));
            boosted += states ? 1 : 0;
            reranked.Add(states ? candidate with { Score = candidate.Score + FigureBoost } : candidate);
        }

        return reranked
            .OrderByDescending(c => c.Score)
            .Take(limit)
            .ToList();
    }
}
