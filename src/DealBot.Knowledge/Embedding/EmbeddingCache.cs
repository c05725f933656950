using System.Security.Cryptography;
using System.Text;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// Vectors already computed, keyed by a hash of the model id and the exact text embedded, persisted in the data
/// directory. It is what makes a refresh incremental: an unchanged passage is never embedded twice, whichever store
/// (embedded or Qdrant) the index is published to. Written as a new file, then renamed over the old one.
/// </summary>
internal sealed class EmbeddingCache
{
    private const int Magic = 0x45424443; // "CDBE"
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public int Count => _vectors.Count;

    public static string KeyOf(string modelId, string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(modelId + "\n" + text)));

    public bool TryGet(string key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    public void Set(string key, float[] vector) => _vectors[key] = vector;

    /// <summary>Keeps only the given keys, so the cache does not grow with every edit.</summary>
    public void Retain(IReadOnlySet<string> keys)
    {
        foreach (var key in _vectors.Keys.Where(k => !keys.Contains(k)).ToList())
        {
            _vectors.Remove(key);
        }
    }

    public static async Task<EmbeddingCache> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var cache = new EmbeddingCache();
        if (!File.Exists(path))
        {
            return cache;
        }

        try
        {
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            using var reader = new BinaryReader(new MemoryStream(bytes));
            if (reader.ReadInt32() != Magic)
            {
                return cache;
            }

            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var vector = new float[reader.ReadInt32()];
                for (var j = 0; j < vector.Length; j++)
                {
                    vector[j] = reader.ReadSingle();
                }

                cache._vectors[key] = vector;
            }
        }
        catch (EndOfStreamException)
        {
            // A torn cache only costs re-embedding; start empty rather than fail the refresh.
            cache._vectors.Clear();
        }

        return cache;
    }

    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
        {
            using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(_vectors.Count);
                foreach (var (key, vector) in _vectors)
                {
                    writer.Write(key);
                    writer.Write(vector.Length);
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }
}
