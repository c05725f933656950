using DealBot.Core.Matching;
using DealBot.Core.Retrieval;

namespace DealBot.Knowledge.Sparse;

/// <summary>
/// Encodes documents as BM25-saturated term frequencies and queries as unit weights, the split that lets Qdrant's IDF
/// modifier (and the embedded store, which applies the same IDF) complete the BM25 score at query time.
/// </summary>
public sealed class Bm25SparseEncoder(TermAnalyzer analyzer)
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    public IReadOnlyList<SparseVector> EncodeDocuments(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return Weigh(texts.Select(Count).ToList());
    }

    /// <summary>The term counts of one passage: the part of its encoding that does not depend on the others.</summary>
    internal TermCounts Count(string text)
    {
        var terms = analyzer.Analyze(text);
        var counts = new SortedDictionary<uint, int>();
        foreach (var term in terms)
        {
            var id = TermHasher.Hash(term);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        return new TermCounts([.. counts.Keys], [.. counts.Values], terms.Count);
    }

    /// <summary>The BM25-saturated vectors of every passage of a corpus, from their counts.</summary>
    internal static IReadOnlyList<SparseVector> Weigh(IReadOnlyList<TermCounts> passages)
    {
        var averageLength = passages.Count == 0 ? 1f : (float)Math.Max(1, passages.Average(p => p.Length));
        return passages.Select(p => Saturate(p, averageLength)).ToList();
    }

    public SparseVector EncodeQuery(string text)
    {
        var ids = analyzer.Analyze(text).Select(TermHasher.Hash).Distinct().Order().ToArray();
        return new SparseVector(ids, Enumerable.Repeat(1f, ids.Length).ToArray());
    }

    private static SparseVector Saturate(TermCounts counts, float averageLength)
    {
        var norm = K1 * (1 - B + (B * counts.Length / averageLength));
        var values = new float[counts.Ids.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var tf = counts.Frequencies[i];
            values[i] = tf * (K1 + 1) / (tf + norm);
        }

        // The counts' ids, not a copy: neither is ever changed, and a refresh weighs every passage of the corpus.
        return new SparseVector(counts.Ids, values);
    }
}
