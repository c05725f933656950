using DealBot.Core.Documents;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// Fills an <see cref="EmbeddedIndex"/> one passage at a time: a dense vector handed over as an array is kept as it is
/// (a build's), one read into a buffer is copied once (a file's); each sparse vector goes into the postings. The index
/// never holds a vector twice, and whoever hands them over can let its own copy go.
/// </summary>
internal sealed class EmbeddedIndexBuilder : IPassageSink
{
    private readonly string _version;
    private readonly int _dimensions;
    private readonly Passage[] _passages;
    private readonly float[][] _dense;
    private readonly Dictionary<uint, List<Posting>> _postings = [];
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
            if (!_postings.TryGetValue(sparseIndices[k], out var list))
            {
                _postings[sparseIndices[k]] = list = [];
            }

            list.Add(new Posting(_count, sparseValues[k]));
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

        var postings = new Dictionary<uint, Posting[]>(_postings.Count);
        foreach (var (term, list) in _postings)
        {
            postings[term] = [.. list];
        }

        _postings.Clear();
        return new EmbeddedIndex(_version, _passages, _dense, _dimensions, postings);
    }
}
