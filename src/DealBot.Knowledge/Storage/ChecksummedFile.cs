using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace DealBot.Knowledge.Storage;

/// <summary>
/// The binary container of the data directory's files (index generations, the embedding cache): a header with the
/// file kind, the format version, the payload's length and its SHA-256, then the payload. A file that is truncated,
/// of another format or edited by hand fails <see cref="OpenAsync"/> with a <see cref="DamagedFileException"/> before a
/// byte of it is parsed, so a damaged file is never served as it is.
/// </summary>
internal static class ChecksummedFile
{
    public const int HeaderSize = 4 + 4 + 8 + SHA256.HashSizeInBytes;

    // The largest file read back: far above any knowledge base this bot holds, far below what breaks a process.
    private const long MaxFileBytes = 1L << 30;

    private const int WriteBufferBytes = 1 << 16;

    // Small enough to stay off the large-object heap.
    private const int ReadBufferBytes = 1 << 14;

    // The largest file read whole into a pooled buffer: every cached article, far less than an index generation.
    private const int WholeFileBytes = 1 << 20;

    private const int HashBufferBytes = 1 << 16;

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

    /// <summary>
    /// Opens and verifies a file; returns a reader positioned at the start of its payload, which the caller disposes.
    /// A small file (an article's cached passages; a refresh reads thousands, one after another) is read whole into a
    /// pooled buffer, verified there and read from it: one read, and nothing allocated for it but the reader. A larger
    /// one is hashed in one pass through a small buffer and then read, record by record, from the same handle: it is
    /// never held whole, so reading the tens of MB of an embedding cache or an index generation leaves no copy of it on
    /// the large-object heap. Files are replaced by renaming a new one over them, never rewritten in place, so the
    /// bytes read are the bytes verified.
    /// </summary>
    /// <exception cref="DamagedFileException">The file is not an intact file of this kind and version.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="DirectoryNotFoundException">There is no such directory.</exception>
    public static async Task<PayloadReader> OpenAsync(string path, int magic, int version, string kind, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        SafeFileHandle? handle = null;
        FileStream? stream = null;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.SequentialScan);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes)
            {
                throw new DamagedFileException(name, $"{length} bytes is too large for {kind}");
            }

            if (length <= WholeFileBytes)
            {
                var reader = await ReadWholeAsync(handle, (int)length, magic, version, kind, name, cancellationToken).ConfigureAwait(false);
                handle.Dispose();
                handle = null;
                return reader;
            }

            stream = new FileStream(handle, FileAccess.Read, ReadBufferBytes);
            handle = null;
            var header = new byte[HeaderSize];
            var read = await stream.ReadAtLeastAsync(header, HeaderSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            var payloadLength = VerifyHeader(header.AsSpan(0, read), length, magic, version, kind, name);
            if (!(await HashAsync(stream, cancellationToken).ConfigureAwait(false)).AsSpan().SequenceEqual(header.AsSpan(16, SHA256.HashSizeInBytes)))
            {
                throw Mismatch(name);
            }

            stream.Position = HeaderSize;
            var streamed = new PayloadReader(stream, payloadLength, name);
            stream = null;
            return streamed;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException || (ex is IOException && ex is not (FileNotFoundException or DirectoryNotFoundException)))
        {
            throw new DamagedFileException(name, $"cannot be read ({ex.Message})", ex);
        }
        finally
        {
            handle?.Dispose();
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // The whole file into one pooled buffer, verified there; the reader returned reads its payload from it, and gives
    // the buffer back when disposed.
    private static async Task<PayloadReader> ReadWholeAsync(SafeFileHandle handle, int length, int magic, int version, string kind, string name, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var read = 0;
            int last;
            while (read < length && (last = await RandomAccess.ReadAsync(handle, buffer.AsMemory(read, length - read), read, cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += last;
            }

            var payloadLength = VerifyHeader(buffer.AsSpan(0, Math.Min(read, HeaderSize)), read, magic, version, kind, name);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(HeaderSize, (int)payloadLength), hash);
            if (!hash.SequenceEqual(buffer.AsSpan(16, SHA256.HashSizeInBytes)))
            {
                throw Mismatch(name);
            }

            var reader = new PayloadReader(new MemoryStream(buffer, HeaderSize, (int)payloadLength, writable: false), payloadLength, name, buffer);
            buffer = null;
            return reader;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private static DamagedFileException Mismatch(string name) => new(name, "checksum mismatch (changed since it was written)");

    // Checks what the header says against the file's length; returns the payload's length.
    private static long VerifyHeader(ReadOnlySpan<byte> header, long fileLength, int magic, int version, string kind, string name)
    {
        if (fileLength == 0)
        {
            throw new DamagedFileException(name, "empty");
        }

        if (header.Length < HeaderSize)
        {
            throw new DamagedFileException(name, $"truncated ({fileLength} bytes, shorter than its header)");
        }

        if (BinaryPrimitives.ReadInt32LittleEndian(header) != magic)
        {
            throw new DamagedFileException(name, $"not {kind}");
        }

        var found = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (found != version)
        {
            throw new DamagedFileException(name, $"format version {found}, this version reads {version}");
        }

        var length = BinaryPrimitives.ReadInt64LittleEndian(header[8..]);
        var actual = fileLength - HeaderSize;
        if (length != actual)
        {
            throw new DamagedFileException(name, length > actual || length < 0
                ? $"truncated ({actual} of {length} bytes)"
                : $"{actual - length} bytes after its end");
        }

        return length;
    }

    // The SHA-256 of the rest of the stream, through one pooled buffer.
    private static async Task<byte[]> HashAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(HashBufferBytes);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, HashBufferBytes), cancellationToken).ConfigureAwait(false)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return hash.GetHashAndReset();
    }
}
