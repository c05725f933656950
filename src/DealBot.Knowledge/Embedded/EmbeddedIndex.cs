using System.Numerics.Tensors;
using DealBot.Core.Retrieval;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// One immutable generation of the embedded index: passages, a contiguous dense matrix searched exactly with SIMD
/// (TensorPrimitives), and an inverted index for the sparse leg. The corpus is small, so exact search beats any
/// approximate structure; immutability lets queries run while a refresh builds the next generation.
/// </summary>
internal sealed class EmbeddedIndex
{
    private readonly float[] _dense;
    private readonly Dictionary<uint, Posting[]> _postings;

    public EmbeddedIndex(string version, IReadOnlyList<IndexedPassage> passages, int dimensions)
    {
        Version = version;
        Passages = passages;
        Dimensions = dimensions;
        _dense = new float[passages.Count * dimensions];
        var postings = new Dictionary<uint, List<Posting>>();
        for (var i = 0; i < passages.Count; i++)
        {
            var vector = passages[i].Dense;
            if (vector.Length != dimensions)
            {
                throw new ArgumentException($"passage {passages[i].Passage.Id} has {vector.Length} dimensions, expected {dimensions}", nameof(passages));
            }

            vector.CopyTo(_dense, i * dimensions);
            var sparse = passages[i].Sparse;
            for (var k = 0; k < sparse.Indices.Length; k++)
            {
                if (!postings.TryGetValue(sparse.Indices[k], out var list))
                {
                    postings[sparse.Indices[k]] = list = [];
                }

                list.Add(new Posting(i, sparse.Values[k]));
            }
        }

        _postings = postings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    public string Version { get; }

    public IReadOnlyList<IndexedPassage> Passages { get; }

    public int Dimensions { get; }

    public IReadOnlyList<ScoredPassage> Search(HybridQuery query, int rrfK)
    {
        var allowed = Allowed(query.Filter);
        var dense = DenseRanking(query.Dense, allowed, query.CandidateLimit);
        var sparse = SparseRanking(query.Sparse, allowed, query.CandidateLimit);
        var fused = new Dictionary<int, (double Score, int? DenseRank, int? SparseRank)>();
        for (var r = 0; r < dense.Count; r++)
        {
            var current = fused.GetValueOrDefault(dense[r]);
            fused[dense[r]] = (current.Score + (1.0 / (rrfK + r + 1)), r + 1, current.SparseRank);
        }

        for (var r = 0; r < sparse.Count; r++)
        {
            var current = fused.GetValueOrDefault(sparse[r]);
            fused[sparse[r]] = (current.Score + (1.0 / (rrfK + r + 1)), current.DenseRank, r + 1);
        }

        return fused
            .OrderByDescending(kv => kv.Value.Score)
            .ThenBy(kv => Math.Min(kv.Value.DenseRank ?? int.MaxValue, kv.Value.SparseRank ?? int.MaxValue))
            .Take(query.Limit)
            .Select(kv => new ScoredPassage(Passages[kv.Key].Passage, kv.Value.Score, kv.Value.DenseRank, kv.Value.SparseRank))
            .ToList();
    }

    private bool[] Allowed(PassageFilter filter)
    {
        var allowed = new bool[Passages.Count];
        for (var i = 0; i < allowed.Length; i++)
        {
            var p = Passages[i].Passage;
            allowed[i] = (filter.Language is null || p.Language == filter.Language)
                && (filter.SourceIds is null || filter.SourceIds.Contains(p.SourceId));
        }

        return allowed;
    }

    private List<int> DenseRanking(float[] query, bool[] allowed, int limit)
    {
        if (query.Length != Dimensions || Passages.Count == 0)
        {
            return [];
        }

        var scores = new List<(int Index, float Score)>(Passages.Count);
        var matrix = _dense.AsSpan();
        for (var i = 0; i < Passages.Count; i++)
        {
            if (allowed[i])
            {
                scores.Add((i, TensorPrimitives.Dot(query, matrix.Slice(i * Dimensions, Dimensions))));
            }
        }

        return scores.OrderByDescending(s => s.Score).Take(limit).Select(s => s.Index).ToList();
    }

    private List<int> SparseRanking(SparseVector query, bool[] allowed, int limit)
    {
        var scores = new Dictionary<int, double>();
        var n = Passages.Count;
        for (var k = 0; k < query.Indices.Length; k++)
        {
            if (!_postings.TryGetValue(query.Indices[k], out var postings))
            {
                continue;
            }

            // The same IDF as Qdrant's sparse IDF modifier, so both stores rank alike.
            var idf = Math.Log(((n - postings.Length + 0.5) / (postings.Length + 0.5)) + 1);
            foreach (var posting in postings)
            {
                if (allowed[posting.Passage])
                {
                    scores[posting.Passage] = scores.GetValueOrDefault(posting.Passage) + (idf * query.Values[k] * posting.Weight);
                }
            }
        }

        return scores.OrderByDescending(s => s.Value).Take(limit).Select(s => s.Key).ToList();
    }

    private readonly record struct Posting(int Passage, float Weight);
}
