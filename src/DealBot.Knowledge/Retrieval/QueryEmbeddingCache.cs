using System.Numerics.Tensors;
using DealBot.Knowledge.Embedding;

namespace DealBot.Knowledge.Retrieval;

/// <summary>
/// A small bounded cache of question vectors: in a community the same question comes back often, and one answer
/// may search several times with the same text. Least recently added entries are dropped first.
/// </summary>
public sealed class QueryEmbeddingCache
{
    private const int Capacity = 512;
    private readonly Dictionary<string, float[]> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    /// <summary>
    /// The unit-length sum of the embeddings of <paramref name="texts"/> (see <see cref="DenseQuery"/>), embedded in
    /// one call on a miss.
    /// </summary>
    public async Task<float[]> GetOrAddAsync(IReadOnlyList<string> texts, ITextEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(embedder);
        var key = string.Join('\0', texts);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var vector = Combine(await embedder.EmbedAsync(texts, cancellationToken).ConfigureAwait(false));
        lock (_lock)
        {
            if (_entries.TryAdd(key, vector))
            {
                _order.Enqueue(key);
                while (_order.Count > Capacity)
                {
                    _entries.Remove(_order.Dequeue());
                }
            }
        }

        return vector;
    }

    private static float[] Combine(float[][] vectors)
    {
        if (vectors.Length == 1)
        {
            return vectors[0];
        }

        var sum = new float[vectors[0].Length];
        foreach (var vector in vectors)
        {
            TensorPrimitives.Add(sum, vector, sum);
        }

        UnitLength.Normalize(sum);
        return sum;
    }
}
