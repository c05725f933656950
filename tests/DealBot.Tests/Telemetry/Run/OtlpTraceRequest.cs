using System.Globalization;

namespace DealBot.Tests.Telemetry.Run;

/// <summary>
/// The spans of an OTLP <c>ExportTraceServiceRequest</c> (opentelemetry-proto, trace_service.proto and trace.proto):
/// resource_spans (1) → scope_spans (2) → spans (2), each with its ids, name, kind and attributes.
/// </summary>
internal static class OtlpTraceRequest
{
    public static List<ExportedSpan> Spans(ReadOnlySpan<byte> request)
    {
        var spans = new List<ExportedSpan>();
        var reader = new ProtobufReader(request);
        while (reader.Next(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                ReadResourceSpans(reader.ReadBytes(), spans);
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return spans;
    }

    private static void ReadResourceSpans(ReadOnlySpan<byte> resourceSpans, List<ExportedSpan> spans)
    {
        var reader = new ProtobufReader(resourceSpans);
        while (reader.Next(out var field, out var wire))
        {
            if (field == 2 && wire == 2)
            {
                ReadScopeSpans(reader.ReadBytes(), spans);
            }
            else
            {
                reader.Skip(wire);
            }
        }
    }

    private static void ReadScopeSpans(ReadOnlySpan<byte> scopeSpans, List<ExportedSpan> spans)
    {
        var reader = new ProtobufReader(scopeSpans);
        while (reader.Next(out var field, out var wire))
        {
            if (field == 2 && wire == 2)
            {
                spans.Add(ReadSpan(reader.ReadBytes()));
            }
            else
            {
                reader.Skip(wire);
            }
        }
    }

    private static ExportedSpan ReadSpan(ReadOnlySpan<byte> span)
    {
        string traceId = string.Empty, spanId = string.Empty, parentId = string.Empty, name = string.Empty;
        var kind = ExportedSpanKind.Unspecified;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new ProtobufReader(span);
        while (reader.Next(out var field, out var wire))
        {
            switch (field, wire)
            {
                case (1, 2):
                    traceId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case (2, 2):
                    spanId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case (4, 2):
                    parentId = Convert.ToHexStringLower(reader.ReadBytes());
                    break;
                case (5, 2):
                    name = reader.ReadString();
                    break;
                case (6, 0):
                    kind = (ExportedSpanKind)reader.ReadVarint();
                    break;
                case (9, 2):
                    var (key, value) = ReadKeyValue(reader.ReadBytes());
                    attributes[key] = value;
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        return new ExportedSpan(traceId, spanId, parentId, name, kind, attributes);
    }

    // common.proto: KeyValue { key = 1; value = 2 (AnyValue) }.
    private static (string Key, string Value) ReadKeyValue(ReadOnlySpan<byte> keyValue)
    {
        string key = string.Empty, value = string.Empty;
        var reader = new ProtobufReader(keyValue);
        while (reader.Next(out var field, out var wire))
        {
            if (field == 1 && wire == 2)
            {
                key = reader.ReadString();
            }
            else if (field == 2 && wire == 2)
            {
                value = ReadAnyValue(reader.ReadBytes());
            }
            else
            {
                reader.Skip(wire);
            }
        }

        return (key, value);
    }

    // AnyValue { string_value = 1; bool_value = 2; int_value = 3; double_value = 4; ... }; others are kept as "".
    private static string ReadAnyValue(ReadOnlySpan<byte> anyValue)
    {
        var reader = new ProtobufReader(anyValue);
        var value = string.Empty;
        while (reader.Next(out var field, out var wire))
        {
            value = (field, wire) switch
            {
                (1, 2) => reader.ReadString(),
                (2, 0) => reader.ReadVarint() != 0 ? "true" : "false",
                (3, 0) => ((long)reader.ReadVarint()).ToString(CultureInfo.InvariantCulture),
                (4, 1) => BitConverter.UInt64BitsToDouble(reader.ReadFixed64()).ToString(CultureInfo.InvariantCulture),
                _ => Skipped(ref reader, wire),
            };
        }

        return value;
    }

    private static string Skipped(ref ProtobufReader reader, int wire)
    {
        reader.Skip(wire);
        return string.Empty;
    }
}
