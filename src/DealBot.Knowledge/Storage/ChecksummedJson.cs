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
    private const int HashHexDigits = 64;

    // {"sha256":" is 11 bytes; ","data": another 9.
    private const int HashStart = 11;
    private const int HeadLength = HashStart + HashHexDigits + 9;

    /// <remarks>
    /// Streamed: the value is serialized straight into the file through the hash, and the hash, a fixed 64 hex digits,
    /// is written last over a placeholder of zeros (which never verifies, so a torn write reads as damaged). The refresh
    /// state holds every article's last good text, so a whole copy of it in memory would be tens of MB.
    /// </remarks>
    public static async Task WriteAsync<T>(string path, T value, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var temp = path + ".tmp";
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 14, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(Head(new string('0', HashHexDigits)), cancellationToken).ConfigureAwait(false);
                using var sha = SHA256.Create();
                using (var hashing = new CryptoStream(stream, sha, CryptoStreamMode.Write, leaveOpen: true))
                {
                    await JsonSerializer.SerializeAsync(hashing, value, type, cancellationToken).ConfigureAwait(false);
                    await hashing.FlushFinalBlockAsync(cancellationToken).ConfigureAwait(false);
                }

                await stream.WriteAsync("}"u8.ToArray(), cancellationToken).ConfigureAwait(false);
                stream.Position = 0;
                await stream.WriteAsync(Head(Convert.ToHexStringLower(sha.Hash!)), cancellationToken).ConfigureAwait(false);
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
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 14, FileOptions.Asynchronous | FileOptions.SequentialScan);
            if (stream.Length == 0)
            {
                throw new DamagedFileException(name, "empty");
            }

            return await ReadAsWrittenAsync(stream, type, name, cancellationToken).ConfigureAwait(false) is (true, var value)
                ? value
                : await ReadWholeAsync(stream, type, name, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DamagedFileException(name, $"cannot be read ({ex.Message})", ex);
        }
    }

    private static byte[] Head(string hash) => Encoding.UTF8.GetBytes($"{{\"{HashProperty}\":\"{hash}\",\"{DataProperty}\":");

    // A file laid out exactly as WriteAsync writes it is verified and read as a stream: the bytes of data are hashed in
    // one pass, then deserialized. Anything else (a byte order mark, spaces, a hand-made file) is not, and returns false.
    private static async Task<(bool Read, T? Value)> ReadAsWrittenAsync<T>(FileStream stream, JsonTypeInfo<T> type, string name, CancellationToken cancellationToken)
        where T : class
    {
        var head = new byte[HeadLength];
        var end = new byte[1];
        if (stream.Length < HeadLength + 2
            || await stream.ReadAtLeastAsync(head, HeadLength, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false) != HeadLength
            || !head.AsSpan(0, HashStart).SequenceEqual(Head(string.Empty).AsSpan(0, HashStart))
            || !head.AsSpan(HashStart + HashHexDigits).SequenceEqual(Head(string.Empty).AsSpan(HashStart))
            || head.AsSpan(HashStart, HashHexDigits).ContainsAnyExcept("0123456789abcdef"u8))
        {
            return (false, null);
        }

        stream.Position = stream.Length - 1;
        if (await stream.ReadAsync(end, cancellationToken).ConfigureAwait(false) != 1 || end[0] != (byte)'}')
        {
            return (false, null);
        }

        var dataLength = stream.Length - HeadLength - 1;
        stream.Position = HeadLength;
        using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            var buffer = new byte[1 << 14];
            for (var left = dataLength; left > 0;)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    throw new DamagedFileException(name, "truncated while being read");
                }

                hash.AppendData(buffer, 0, read);
                left -= read;
            }

            if (!Convert.ToHexStringLower(hash.GetHashAndReset()).AsSpan().SequenceEqual(Encoding.ASCII.GetString(head, HashStart, HashHexDigits)))
            {
                throw new DamagedFileException(name, "checksum mismatch (changed since it was written)");
            }
        }

        stream.Position = HeadLength;
        try
        {
            var value = await JsonSerializer.DeserializeAsync(new StreamSlice(stream, dataLength), type, cancellationToken).ConfigureAwait(false);
            return (true, value ?? throw new DamagedFileException(name, "no data"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            throw new DamagedFileException(name, "not valid JSON", ex);
        }
    }

    // Any other file: read whole, parsed, and its data's bytes hashed as they stand.
    private static async Task<T> ReadWholeAsync<T>(FileStream stream, JsonTypeInfo<T> type, string name, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = new byte[stream.Length];
        stream.Position = 0;
        await stream.ReadExactlyAsync(bytes, cancellationToken).ConfigureAwait(false);
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
