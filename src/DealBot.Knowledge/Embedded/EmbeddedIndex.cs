using System.Numerics.Tensors;
using DealBot.Core.Documents;
using DealBot.Core.Retrieval;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// One immutable generation of the embedded index: passages, a contiguous dense matrix searched exactly with SIMD
/// (TensorPrimitives), and an inverted index for the sparse leg. The corpus is small, so exact search beats any
/// approximate structure; immutability lets queries run while a refresh builds the next generation. Each vector is held
/// once: the matrix row and the postings are the only copies, nothing keeps the <see cref="IndexBuild"/> or the file
/// it came from (built by <see cref="EmbeddedIndexBuilder"/>).
/// </summary>
internal sealed class EmbeddedIndex
{
    private readonly Passage[] _passages;
    private readonly float[] _dense;
    private readonly Dictionary<uint, Posting[]> _postings;

    public EmbeddedIndex(string version, Passage[] passages, float[] dense, int dimensions, Dictionary<uint, Posting[]> postings)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(dense);
        if (dense.Length != passages.Length * dimensions)
        {
            throw new ArgumentException($"a matrix of {dense.Length} values cannot hold {passages.Length} vectors of {dimensions} dimensions", nameof(dense));
        }

        Version = version;
        _passages = passages;
        _dense = dense;
        Dimensions = dimensions;
        _postings = postings;
    }

    public string Version { get; }

    public IReadOnlyList<Passage> Passages => _passages;

    public int Dimensions { get; }

    /// <summary>An index of <paramref name="build"/>, its vectors copied into the index's own matrix and postings.</summary>
    public static EmbeddedIndex Of(IndexBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var builder = new EmbeddedIndexBuilder(build.Version, build.DenseDimensions, build.Passages.Count);
        foreach (var indexed in build.Passages)
        {
            builder.Add(indexed.Passage, indexed.Dense, indexed.Sparse.Indices, indexed.Sparse.Values);
        }

        return builder.Build();
    }

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
            .Select(kv => new ScoredPassage(_passages[kv.Key], kv.Value.Score, kv.Value.DenseRank, kv.Value.SparseRank))
            .ToList();
    }

    private bool[] Allowed(PassageFilter filter)
    {
        var allowed = new bool[_passages.Length];
        for (var i = 0; i < allowed.Length; i++)
        {
            var p = _passages[i];
            allowed[i] = (filter.Language is null || p.Language == filter.Language)
                && (filter.SourceIds is null || filter.SourceIds.Contains(p.SourceId));
        }

        return allowed;
    }

    private List<int> DenseRanking(float[] query, bool[] allowed, int limit)
    {
        if (query.Length != Dimensions || _passages.Length == 0)
        {
            return [];
        }

        var scores = new List<(int Index, float Score)>(_passages.Length);
        var matrix = _dense.AsSpan();
        for (var i = 0; i < _passages.Length; i++)
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
        var n = _passages.Length;
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
}

/// <summary>One passage's weight for one term of the sparse leg.</summary>
internal readonly record struct Posting(int Passage, float Weight);
