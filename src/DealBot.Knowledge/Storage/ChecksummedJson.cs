using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace DealBot.Knowledge.Storage;

/// <summary>
/// The small JSON files of the data directory (the generation pointer, the refresh state), kept readable but
/// checksummed: <c>{"sha256":"…","data":{…}}</c>, the hash taken over the exact bytes of <c>data</c>. A file edited by
/// hand, torn or of an older format fails <see cref="ReadAsync{T}"/> with a <see cref="DamagedFileException"/>.
/// Writes go to a temporary file renamed over the old one, so a crash leaves the old file or the new one.
/// </summary>
internal static class ChecksummedJson
{
    private const string HashProperty = "sha256";
    private const string DataProperty = "data";

    public static async Task WriteAsync<T>(string path, T value, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(value, type);
        var temp = path + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 12, FileOptions.Asynchronous))
            {
                var head = Encoding.UTF8.GetBytes($"{{\"{HashProperty}\":\"{Convert.ToHexStringLower(SHA256.HashData(data))}\",\"{DataProperty}\":");
                await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
                await stream.WriteAsync(data, cancellationToken).ConfigureAwait(false);
                await stream.WriteAsync("}"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Reads and verifies a file; null when there is none.</summary>
    /// <exception cref="DamagedFileException">The file is not intact.</exception>
    public static async Task<T?> ReadAsync<T>(string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DamagedFileException(name, $"cannot be read ({ex.Message})", ex);
        }

        if (bytes.Length == 0)
        {
            throw new DamagedFileException(name, "empty");
        }

        try
        {
            // An editor may have added a byte order mark; the checksum still decides whether the content is ours.
            var json = bytes.AsMemory();
            if (json.Span.StartsWith("\uFEFF"u8))
            {
                json = json[3..];
            }

            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty(HashProperty, out var hash) || hash.ValueKind != JsonValueKind.String
                || !document.RootElement.TryGetProperty(DataProperty, out var data))
            {
                throw new DamagedFileException(name, "no checksum (written by an older version, or by hand)");
            }

            if (!string.Equals(hash.GetString(), Convert.ToHexStringLower(SHA256.HashData(JsonMarshal.GetRawUtf8Value(data))), StringComparison.Ordinal))
            {
                throw new DamagedFileException(name, "checksum mismatch (changed since it was written)");
            }

            return data.Deserialize(type) ?? throw new DamagedFileException(name, "no data");
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a string with an invalid escape ("\ud800") in an otherwise valid document.
            throw new DamagedFileException(name, "not valid JSON", ex);
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
            // Nothing more to do: the next write replaces it.
        }
    }
}
