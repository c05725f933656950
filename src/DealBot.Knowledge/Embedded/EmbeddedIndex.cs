using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using DealBot.Core.Documents;
using DealBot.Core.Retrieval;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// One immutable generation of the embedded index: passages, a contiguous dense matrix searched exactly with SIMD
/// (TensorPrimitives), and an inverted index for the sparse leg. The corpus is small, so exact search beats any
/// approximate structure; immutability lets queries run while a refresh builds the next generation. Each vector is held
/// once: a published build's dense vectors are taken as they are (the embedding cache made them, and nothing changes
/// them after), its sparse vectors become the postings, and a generation read from its file goes straight into both
/// (built by <see cref="EmbeddedIndexBuilder"/>). One array per vector rather than one matrix: a refresh then never
/// copies the vectors it already holds, and no single array of tens of MB goes to the large-object heap.
/// </summary>
internal sealed class EmbeddedIndex
{
    private readonly Passage[] _passages;
    private readonly float[][] _dense;
    private readonly Dictionary<uint, Posting[]> _postings;
    private Dictionary<Guid, int>? _byId;
    private Dictionary<int, int>? _byVector;

    public EmbeddedIndex(string version, Passage[] passages, float[][] dense, int dimensions, Dictionary<uint, Posting[]> postings)
    {
        ArgumentNullException.ThrowIfNull(passages);
        ArgumentNullException.ThrowIfNull(dense);
        if (dense.Length != passages.Length || dense.Any(v => v.Length != dimensions))
        {
            throw new ArgumentException($"{passages.Length} passages need as many vectors of {dimensions} dimensions", nameof(dense));
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

    /// <summary>The sparse leg's postings, by term (read by tests).</summary>
    internal IReadOnlyDictionary<uint, Posting[]> Postings => _postings;

    /// <summary>An index of <paramref name="build"/>: its dense vectors as they are, its sparse ones as postings.</summary>
    public static EmbeddedIndex Of(IndexBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);

        // Each term's postings counted first, so that each is allocated once, at its length, while the build is held.
        var postingsPerTerm = new Dictionary<uint, int>();
        foreach (var indexed in build.Passages)
        {
            foreach (var term in indexed.Sparse.Indices)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(postingsPerTerm, term, out _)++;
            }
        }

        var builder = new EmbeddedIndexBuilder(build.Version, build.DenseDimensions, build.Passages.Count, postingsPerTerm);
        foreach (var indexed in build.Passages)
        {
            builder.AddKeepingVector(indexed.Passage, indexed.Dense, indexed.Sparse.Indices, indexed.Sparse.Values);
        }

        return builder.Build();
    }

    /// <summary>This generation's passage equal to <paramref name="passage"/> in every field, or <paramref name="passage"/> itself.</summary>
    public Passage Reuse(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);

        // Built on first use (a refresh), never by a process that only answers; two threads may both build it, harmlessly.
        var byId = LazyInitializer.EnsureInitialized(ref _byId, () =>
        {
            var ids = new Dictionary<Guid, int>(_passages.Length);
            for (var i = 0; i < _passages.Length; i++)
            {
                ids.TryAdd(_passages[i].Id, i);
            }

            return ids;
        });
        return byId.TryGetValue(passage.Id, out var at) && SameContent(_passages[at], passage) ? _passages[at] : passage;
    }

    /// <summary>This generation's array holding exactly the values of <paramref name="vector"/>, bit for bit; null when it has none.</summary>
    public float[]? ReuseVector(ReadOnlySpan<float> vector)
    {
        // Built on first use (a refresh reading the embedding cache), like the passages' ids. Two vectors with the same
        // hash keep the first: the other is then not shared, only copied, as before.
        var byVector = LazyInitializer.EnsureInitialized(ref _byVector, () =>
        {
            var hashes = new Dictionary<int, int>(_dense.Length);
            for (var i = 0; i < _dense.Length; i++)
            {
                hashes.TryAdd(HashOf(_dense[i]), i);
            }

            return hashes;
        });
        return byVector.TryGetValue(HashOf(vector), out var at) && MemoryMarshal.AsBytes(_dense[at].AsSpan()).SequenceEqual(MemoryMarshal.AsBytes(vector)) ? _dense[at] : null;
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

    private static int HashOf(ReadOnlySpan<float> vector)
    {
        var hash = default(HashCode);
        hash.AddBytes(MemoryMarshal.AsBytes(vector));
        return hash.ToHashCode();
    }

    // Record equality compares the figure lists by reference; here they are compared figure by figure.
    private static bool SameContent(Passage live, Passage built) =>
        live with { Figures = [] } == built with { Figures = [] } && live.Figures.SequenceEqual(built.Figures);

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
        for (var i = 0; i < _passages.Length; i++)
        {
            if (allowed[i])
            {
                scores.Add((i, TensorPrimitives.Dot(query, _dense[i])));
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
