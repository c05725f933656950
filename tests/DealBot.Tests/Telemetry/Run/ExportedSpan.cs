namespace DealBot.Tests.Telemetry.Run;

/// <summary>One span as the bot exported it over OTLP: ids in hex, its name and kind, and its attributes as text.</summary>
internal sealed record ExportedSpan(string TraceId, string SpanId, string ParentSpanId, string Name, ExportedSpanKind Kind, IReadOnlyDictionary<string, string> Attributes)
{
    public string? Attribute(string key) => Attributes.TryGetValue(key, out var value) ? value : null;
}

/// <summary>OTLP's span kinds (trace.proto: Span.SpanKind).</summary>
internal enum ExportedSpanKind
{
    Unspecified = 0,
    Internal = 1,
    Server = 2,
    Client = 3,
    Producer = 4,
    Consumer = 5,
}
