using System.Security.Cryptography;
using System.Text;
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

    /// <summary>The cache at <paramref name="path"/>; empty when there is none or it is damaged.</summary>
    public static async Task<EmbeddingCache> LoadAsync(string path, ILogger logger, CancellationToken cancellationToken)
    {
        var cache = new EmbeddingCache();
        try
        {
            using var reader = await ChecksummedFile.OpenAsync(path, Magic, FormatVersion, Kind, cancellationToken).ConfigureAwait(false);
            cache.Read(reader);
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

    // Entry by entry from the file: each vector is allocated once, where the cache keeps it.
    private void Read(PayloadReader reader)
    {
        try
        {
            var count = reader.ReadCount(MinEntryBytes, "entries");
            for (var i = 0; i < count; i++)
            {
                var key = reader.Reader.ReadString();
                var vector = new float[reader.ReadCount(sizeof(float), "vector values")];
                reader.ReadSingles(vector);

                _vectors[key] = vector;
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
