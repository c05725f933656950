using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Storage;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// Vectors already computed, keyed by a hash of the model id and the exact text embedded, persisted in the data
/// directory in a <see cref="ChecksummedFile"/>. It is what makes a refresh incremental: an unchanged passage is never
/// embedded twice, whichever store (embedded or Qdrant) the index is published to. It is only ever an optimisation:
/// a damaged cache is discarded (one log line) and rebuilt by embedding again, and a cache that cannot be saved costs
/// the next refresh some embedding, never the refresh itself.
/// </summary>
internal sealed partial class EmbeddingCache
{
    private const int Magic = 0x45424443; // "CDBE"

    // 2: checksummed container. A version 1 cache reads as damaged and is rebuilt.
    private const int FormatVersion = 2;
    private const string Kind = "an embedding cache";

    // A key (length prefix and 64 hex digits) and a vector length.
    private const int MinEntryBytes = 1 + 64 + 4;

    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);

    public int Count => _vectors.Count;

    /// <summary>The SHA-256, in hex, of the UTF-8 bytes of the model id, a line break and the text.</summary>
    public static string KeyOf(string modelId, string text)
    {
        ArgumentNullException.ThrowIfNull(modelId);
        ArgumentNullException.ThrowIfNull(text);

        // Encoded into one pooled buffer rather than joined into a string and encoded into an array of its own: a
        // refresh keys every passage, and those two copies of every text were most of what it allocated. The bytes are
        // those of the joined string, since the model id and the line break end on whole characters.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(modelId.Length + 1 + text.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(modelId, buffer);
            buffer[length++] = (byte)'\n';
            length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return Convert.ToHexString(hash);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

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

    /// <summary>
    /// The cache at <paramref name="path"/>; empty when there is none or it is damaged. A vector the live generation of
    /// <paramref name="live"/> holds with the same values is taken from it rather than read into an array of its own.
    /// </summary>
    public static async Task<EmbeddingCache> LoadAsync(string path, ILivePassages? live, ILogger logger, CancellationToken cancellationToken)
    {
        var cache = new EmbeddingCache();
        try
        {
            using var reader = await ChecksummedFile.OpenAsync(path, Magic, FormatVersion, Kind, cancellationToken).ConfigureAwait(false);
            cache.Read(reader, live);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            // No cache yet: everything is embedded this time.
        }
        catch (DamagedFileException ex)
        {
            cache._vectors.Clear();
            LogDiscarded(logger, ex.Message);
        }

        return cache;
    }

    /// <summary>Saves the cache; on an I/O error logs one line and returns false (the refresh goes on without it).</summary>
    public async Task<bool> SaveAsync(string path, ILogger logger, CancellationToken cancellationToken)
    {
        var temp = path + ".tmp";
        try
        {
            await ChecksummedFile.WriteAsync(temp, Magic, FormatVersion, Write, cancellationToken).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
            return true;
        }
        catch (Exception ex) when (DataDirectoryAccess.IsWriteFailure(ex))
        {
            TryDelete(temp);
            LogNotSaved(logger, Path.GetFileName(path), ex.Message);
            return false;
        }
    }

    // Entry by entry from the file, each vector through one buffer: the live generation's array when it holds the same
    // vector (every unchanged passage's, so the next generation shares them with it), else one allocated for the cache.
    private void Read(PayloadReader reader, ILivePassages? live)
    {
        try
        {
            var count = reader.ReadCount(MinEntryBytes, "entries");
            var buffer = Array.Empty<float>();
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                var length = reader.ReadCount(sizeof(float), "vector values");
                if (length != buffer.Length)
                {
                    buffer = new float[length];
                }

                reader.ReadSingles(buffer);
                _vectors[key] = live?.ReuseVector(buffer) ?? (float[])buffer.Clone();
            }

            reader.EnsureAtEnd();
        }
        catch (Exception ex) when (PayloadReader.IsDecodeFailure(ex))
        {
            throw reader.Damaged($"unreadable ({ex.Message})", ex);
        }
    }

    private void Write(BinaryWriter writer)
    {
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The next save replaces it.
        }
    }

    [LoggerMessage(EventId = 2210, Level = LogLevel.Warning, Message = "Embedding cache discarded ({Problem}); passages are embedded again")]
    private static partial void LogDiscarded(ILogger logger, string problem);

    [LoggerMessage(EventId = 2211, Level = LogLevel.Warning, Message = "Embedding cache {File} not saved ({Reason}); the next refresh embeds again what it lacks")]
    private static partial void LogNotSaved(ILogger logger, string file, string reason);
}
