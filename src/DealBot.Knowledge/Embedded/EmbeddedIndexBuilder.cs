using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using DealBot.Core.Documents;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// Fills an <see cref="EmbeddedIndex"/> one passage at a time: a dense vector handed over as an array is kept as it is
/// (a build's), one read into a buffer is copied once (a file's); each sparse vector goes into the postings. The index
/// never holds a vector twice, and whoever hands them over can let its own copy go. Given how many postings each term
/// will have (a build's, counted beforehand), each term's postings are allocated once at their length; otherwise (a
/// file read as a stream) they grow as they come and are copied to their length at the end.
/// </summary>
internal sealed class EmbeddedIndexBuilder : IPassageSink
{
    private readonly string _version;
    private readonly int _dimensions;
    private readonly Passage[] _passages;
    private readonly float[][] _dense;
    private readonly Dictionary<uint, List<Posting>> _growing = [];
    private readonly Dictionary<uint, SizedPostings>? _sized;
    private int _count;

    public EmbeddedIndexBuilder(string version, int dimensions, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        _version = version;
        _dimensions = dimensions;
        _passages = new Passage[count];
        _dense = new float[count][];
    }

    /// <summary>A builder for passages whose sparse vectors hold, between them, <paramref name="postingsPerTerm"/> of each term.</summary>
    public EmbeddedIndexBuilder(string version, int dimensions, int count, IReadOnlyDictionary<uint, int> postingsPerTerm)
        : this(version, dimensions, count)
    {
        ArgumentNullException.ThrowIfNull(postingsPerTerm);
        _sized = new Dictionary<uint, SizedPostings>(postingsPerTerm.Count);
        foreach (var (term, length) in postingsPerTerm)
        {
            _sized[term] = new SizedPostings(new Posting[length]);
        }
    }

    /// <summary>Adds a passage whose vector is read into a buffer that is reused: the vector is copied.</summary>
    public void Add(Passage passage, ReadOnlySpan<float> dense, ReadOnlySpan<uint> sparseIndices, ReadOnlySpan<float> sparseValues) =>
        AddKeepingVector(passage, dense.ToArray(), sparseIndices, sparseValues);

    /// <summary>Adds a passage with its vector, which the index keeps as it is: it must not be changed after.</summary>
    public void AddKeepingVector(Passage passage, float[] dense, ReadOnlySpan<uint> sparseIndices, ReadOnlySpan<float> sparseValues)
    {
        ArgumentNullException.ThrowIfNull(passage);
        if (_count == _passages.Length)
        {
            throw new InvalidOperationException($"the index was sized for {_passages.Length} passages");
        }

        if (dense.Length != _dimensions)
        {
            throw new ArgumentException($"passage {passage.Id} has {dense.Length} dimensions, expected {_dimensions}", nameof(dense));
        }

        if (sparseIndices.Length != sparseValues.Length)
        {
            throw new ArgumentException($"passage {passage.Id} has {sparseIndices.Length} sparse indices and {sparseValues.Length} values", nameof(sparseValues));
        }

        _dense[_count] = dense;
        for (var k = 0; k < sparseIndices.Length; k++)
        {
            var posting = new Posting(_count, sparseValues[k]);
            if (_sized is not null)
            {
                ref var sized = ref CollectionsMarshal.GetValueRefOrNullRef(_sized, sparseIndices[k]);
                if (Unsafe.IsNullRef(ref sized) || sized.Filled == sized.Postings.Length)
                {
                    throw new InvalidOperationException($"passage {passage.Id} has more postings of term {sparseIndices[k]} than were counted");
                }

                sized.Postings[sized.Filled++] = posting;
            }
            else
            {
                if (!_growing.TryGetValue(sparseIndices[k], out var list))
                {
                    _growing[sparseIndices[k]] = list = [];
                }

                list.Add(posting);
            }
        }

        _passages[_count++] = passage;
    }

    /// <summary>The index of every passage added; the builder is not used after.</summary>
    public EmbeddedIndex Build()
    {
        if (_count != _passages.Length)
        {
            throw new InvalidOperationException($"{_count} of the {_passages.Length} passages were added");
        }

        Dictionary<uint, Posting[]> postings;
        if (_sized is not null)
        {
            postings = new Dictionary<uint, Posting[]>(_sized.Count);
            foreach (var (term, sized) in _sized)
            {
                if (sized.Filled != sized.Postings.Length)
                {
                    throw new InvalidOperationException($"term {term} has {sized.Filled} of the {sized.Postings.Length} postings counted");
                }

                postings[term] = sized.Postings;
            }

            _sized.Clear();
        }
        else
        {
            postings = new Dictionary<uint, Posting[]>(_growing.Count);
            foreach (var (term, list) in _growing)
            {
                postings[term] = [.. list];
            }

            _growing.Clear();
        }

        return new EmbeddedIndex(_version, _passages, _dense, _dimensions, postings);
    }

    /// <summary>One term's postings, allocated at their length, and how many are filled in.</summary>
    private struct SizedPostings(Posting[] postings)
    {
        public readonly Posting[] Postings = postings;
        public int Filled;
    }
}
