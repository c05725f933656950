using DealBot.Knowledge.Embedding;

namespace DealBot.Knowledge.Retrieval;

/// <summary>
/// A small bounded cache of question embeddings: in a community the same question comes back often, and one answer
/// may search several times with the same text. Least recently added entries are dropped first.
/// </summary>
public sealed class QueryEmbeddingCache
{
    private const int Capacity = 512;
    private readonly Dictionary<string, float[]> _entries = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();
    private readonly Lock _lock = new();

    public async Task<float[]> GetOrAddAsync(string text, ITextEmbedder embedder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        lock (_lock)
        {
            if (_entries.TryGetValue(text, out var cached))
            {
                return cached;
            }
        }

        var vector = (await embedder.EmbedAsync([text], cancellationToken).ConfigureAwait(false))[0];
        lock (_lock)
        {
            if (_entries.TryAdd(text, vector))
            {
                _order.Enqueue(text);
                while (_order.Count > Capacity)
                {
                    _entries.Remove(_order.Dequeue());
                }
            }
        }

        return vector;
    }
}
