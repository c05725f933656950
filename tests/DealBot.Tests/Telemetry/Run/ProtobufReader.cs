using System.Buffers.Binary;
using System.Text;

namespace DealBot.Tests.Telemetry.Run;

/// <summary>
/// Reads protobuf's wire format field by field: enough to take apart an OTLP export request without the generated
/// classes (the OTLP exporter writes protobuf itself and brings none the tests could use).
/// </summary>
internal ref struct ProtobufReader(ReadOnlySpan<byte> data)
{
    private ReadOnlySpan<byte> _rest = data;

    /// <summary>The next field's number and wire type, or false at the end.</summary>
    public bool Next(out int field, out int wireType)
    {
        if (_rest.IsEmpty)
        {
            field = wireType = 0;
            return false;
        }

        var key = ReadVarint();
        field = (int)(key >> 3);
        wireType = (int)(key & 7);
        return true;
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = _rest[0];
            _rest = _rest[1..];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("a varint longer than 10 bytes");
    }

    public ReadOnlySpan<byte> ReadBytes()
    {
        var length = checked((int)ReadVarint());
        var bytes = _rest[..length];
        _rest = _rest[length..];
        return bytes;
    }

    public string ReadString() => Encoding.UTF8.GetString(ReadBytes());

    public ulong ReadFixed64()
    {
        var value = BinaryPrimitives.ReadUInt64LittleEndian(_rest);
        _rest = _rest[8..];
        return value;
    }

    /// <summary>Passes over a field this reader does not need.</summary>
    public void Skip(int wireType)
    {
        switch (wireType)
        {
            case 0:
                ReadVarint();
                break;
            case 1:
                _rest = _rest[8..];
                break;
            case 2:
                ReadBytes();
                break;
            case 5:
                _rest = _rest[4..];
                break;
            default:
                throw new FormatException($"wire type {wireType} is not used by OTLP");
        }
    }
}
