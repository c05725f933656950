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
        var analyzed = texts.Select(analyzer.Analyze).ToList();
        var averageLength = analyzed.Count == 0 ? 1f : (float)Math.Max(1, analyzed.Average(t => t.Count));
        return analyzed.Select(terms => Saturate(terms, averageLength)).ToList();
    }

    public SparseVector EncodeQuery(string text)
    {
        var ids = analyzer.Analyze(text).Select(TermHasher.Hash).Distinct().Order().ToArray();
        return new SparseVector(ids, Enumerable.Repeat(1f, ids.Length).ToArray());
    }

    private static SparseVector Saturate(List<string> terms, float averageLength)
    {
        var counts = new SortedDictionary<uint, int>();
        foreach (var term in terms)
        {
            var id = TermHasher.Hash(term);
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }

        var norm = K1 * (1 - B + (B * terms.Count / averageLength));
        var indices = new uint[counts.Count];
        var values = new float[counts.Count];
        var i = 0;
        foreach (var (id, tf) in counts)
        {
            indices[i] = id;
            values[i] = tf * (K1 + 1) / (tf + norm);
            i++;
        }

        return new SparseVector(indices, values);
    }
}
