using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DealBot.Knowledge.Storage;

/// <summary>
/// The binary container of the data directory's files (index generations, the embedding cache): a header with the
/// file kind, the format version, the payload's length and its SHA-256, then the payload. A file that is truncated,
/// of another format or edited by hand fails <see cref="ReadAsync"/> with a <see cref="DamagedFileException"/> before a
/// byte of it is parsed, so a damaged file is never served as it is.
/// </summary>
internal static class ChecksummedFile
{
    public const int HeaderSize = 4 + 4 + 8 + SHA256.HashSizeInBytes;

    // The largest file read back whole: far above any knowledge base this bot holds, far below what breaks a process.
    private const long MaxFileBytes = 1L << 30;

    private const int WriteBufferBytes = 1 << 16;

    /// <summary>
    /// Writes the file at <paramref name="path"/> (a temporary name, replaced if it exists) and, unless
    /// <paramref name="flushToDisk"/> is false, flushes it to disk: a file that is only a cache may skip that, since a
    /// write lost in a crash leaves a file that does not verify, which is discarded.
    /// </summary>
    public static async Task WriteAsync(string path, int magic, int version, Action<BinaryWriter> writePayload, CancellationToken cancellationToken, bool flushToDisk = true)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);

        // The header is written last: a write torn anywhere leaves zeros there, which never verify.
        stream.Write(new byte[HeaderSize]);
        using var sha = SHA256.Create();
        using (var hashing = new CryptoStream(stream, sha, CryptoStreamMode.Write, leaveOpen: true))
        using (var buffered = new BufferedStream(hashing, WriteBufferBytes))
        {
            // Buffered before hashing: a payload is written a number at a time, and every write into the hashing stream
            // is a call into the hash; index generations and the embedding cache are millions of numbers.
            using (var writer = new BinaryWriter(buffered, Encoding.UTF8, leaveOpen: true))
            {
                writePayload(writer);
            }

            await buffered.FlushAsync(cancellationToken).ConfigureAwait(false);
            await hashing.FlushFinalBlockAsync(cancellationToken).ConfigureAwait(false);
        }

        var header = new byte[HeaderSize];
        BinaryPrimitives.WriteInt32LittleEndian(header, magic);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), version);
        BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(8), stream.Position - HeaderSize);
        sha.Hash!.CopyTo(header.AsSpan(16));
        stream.Position = 0;
        await stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

        // The rename that publishes this file must never point at data still in the page cache only.
        if (flushToDisk)
        {
            stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>Reads and verifies a file; returns its payload.</summary>
    /// <exception cref="DamagedFileException">The file is not an intact file of this kind and version.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static async Task<ReadOnlyMemory<byte>> ReadAsync(string path, int magic, int version, string kind, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                throw new DamagedFileException(name, $"{length} bytes is too large for {kind}");
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException || (ex is IOException && ex is not FileNotFoundException))
        {
            throw new DamagedFileException(name, $"cannot be read ({ex.Message})", ex);
        }

        return Verify(bytes, magic, version, kind, name);
    }

    /// <summary>Verifies a whole file's bytes; returns its payload.</summary>
    public static ReadOnlyMemory<byte> Verify(byte[] bytes, int magic, int version, string kind, string name)
    {
        if (bytes.Length == 0)
        {
            throw new DamagedFileException(name, "empty");
        }

        if (bytes.Length < HeaderSize)
        {
            throw new DamagedFileException(name, $"truncated ({bytes.Length} bytes, shorter than its header)");
        }

        if (BinaryPrimitives.ReadInt32LittleEndian(bytes) != magic)
        {
            throw new DamagedFileException(name, $"not {kind}");
        }

        var found = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4));
        if (found != version)
        {
            throw new DamagedFileException(name, $"format version {found}, this version reads {version}");
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(8));
        var actual = bytes.Length - HeaderSize;
        if (length != actual)
        {
            throw new DamagedFileException(name, length > actual || length < 0
                ? $"truncated ({actual} of {length} bytes)"
                : $"{actual - length} bytes after its end");
        }

        var payload = bytes.AsMemory(HeaderSize);
        if (!SHA256.HashData(payload.Span).AsSpan().SequenceEqual(bytes.AsSpan(16, SHA256.HashSizeInBytes)))
        {
            throw new DamagedFileException(name, "checksum mismatch (changed since it was written)");
        }

        return payload;
    }
}
