using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace DealBot.Knowledge.Storage;

/// <summary>
/// Reads a verified payload with every count checked against the bytes left, so a count that is negative or huge
/// (a forged or buggy file) is reported as damage instead of allocating gigabytes or throwing something unexpected.
/// It owns the stream it reads (see <see cref="ChecksummedFile.OpenAsync"/>), from its position to the payload's end.
/// </summary>
internal sealed class PayloadReader : IDisposable
{
    /// <summary>How many fields <see cref="ReadRepeatedString"/> tells apart.</summary>
    public const int RepeatedSlots = 4;

    // Strings up to this many bytes are read through the stack rather than a pooled buffer.
    private const int StackBytes = 512;

    private readonly Stream _stream;
    private readonly long _end;
    private readonly string _name;
    private readonly string?[] _repeated = new string?[RepeatedSlots];
    private byte[]? _pooled;

    public PayloadReader(Stream stream, long length, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _end = stream.Position + length;
        _name = name;
        Reader = new BinaryReader(_stream, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>A reader of a payload held in <paramref name="pooled"/>, rented from the shared pool, which it returns when disposed.</summary>
    public PayloadReader(Stream stream, long length, string name, byte[] pooled)
        : this(stream, length, name) => _pooled = pooled;

    public BinaryReader Reader { get; }

    public long Remaining => _end - _stream.Position;

    /// <summary>Reads a count of items taking at least <paramref name="minBytesEach"/> bytes each.</summary>
    public int ReadCount(int minBytesEach, string what)
    {
        var count = Reader.ReadInt32();
        if (count < 0 || (long)count * minBytesEach > Remaining)
        {
            throw Damaged($"{count} {what} cannot fit in the {Remaining} bytes left");
        }

        return count;
    }

    /// <summary>Reads an int that must lie within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int ReadInt32(int min, int max, string what)
    {
        var value = Reader.ReadInt32();
        return value >= min && value <= max ? value : throw Damaged($"{what} {value} is out of range");
    }

    /// <summary>
    /// Reads a string that is often the same as the one read last for the same <paramref name="slot"/> (a passage's
    /// article id, title and language, repeated by every passage of the article), and returns that one instance when
    /// it is: an index of 25,000 passages otherwise holds 25,000 copies of a few thousand titles.
    /// </summary>
    public string ReadRepeatedString(int slot)
    {
        var value = ReadString();
        if (string.Equals(value, _repeated[slot], StringComparison.Ordinal))
        {
            return _repeated[slot]!;
        }

        _repeated[slot] = value;
        return value;
    }

    /// <summary>
    /// Reads a string as <see cref="BinaryWriter"/> wrote it (its length in UTF-8 bytes, 7 bits at a time, then the
    /// bytes), and returns the same string <see cref="BinaryReader.ReadString"/> would, allocating nothing but the
    /// string: that one assembles a string of more than 128 bytes in a builder, a second copy of every passage's text.
    /// </summary>
    public string ReadString()
    {
        var length = Reader.Read7BitEncodedInt();
        if (length < 0 || length > Remaining)
        {
            throw Damaged($"a string of {length} bytes cannot fit in the {Remaining} bytes left");
        }

        if (length == 0)
        {
            return string.Empty;
        }

        if (length <= StackBytes)
        {
            Span<byte> bytes = stackalloc byte[length];
            _stream.ReadExactly(bytes);
            return Encoding.UTF8.GetString(bytes);
        }

        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            _stream.ReadExactly(rented.AsSpan(0, length));
            return Encoding.UTF8.GetString(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads <paramref name="values"/>.Length floats, as <see cref="BinaryWriter"/> wrote them (little-endian), straight into it.</summary>
    public void ReadSingles(Span<float> values)
    {
        _stream.ReadExactly(MemoryMarshal.AsBytes(values));
        if (!BitConverter.IsLittleEndian)
        {
            var bits = MemoryMarshal.Cast<float, int>(values);
            BinaryPrimitives.ReverseEndianness(bits, bits);
        }
    }

    public void EnsureAtEnd()
    {
        if (Remaining != 0)
        {
            throw Damaged($"{Remaining} unread bytes at its end");
        }
    }

    public DamagedFileException Damaged(string reason, Exception? inner = null) => new(_name, reason, inner);

    /// <summary>True for what a reader throws on bytes that do not describe what they should.</summary>
    public static bool IsDecodeFailure(Exception ex) =>
        ex is not DamagedFileException
        && ex is EndOfStreamException or FormatException or ArgumentException or OverflowException or InvalidDataException or DecoderFallbackException;

    public void Dispose()
    {
        Reader.Dispose();
        _stream.Dispose();
        if (_pooled is { } pooled)
        {
            _pooled = null;
            ArrayPool<byte>.Shared.Return(pooled);
        }
    }
}
