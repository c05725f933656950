using System.Diagnostics;
using System.Text.Json;

namespace DealBot.Discord.Testing;

/// <summary>
/// An HTTP request the client made to the fake API. <see cref="Path"/> is relative to <c>/api/v10</c>.
/// <see cref="ReceivedAt"/> comes from the clock the server was given (a fake clock in rate-limit tests);
/// <see cref="Timestamp"/> is a real monotonic stamp for measuring latency against a <see cref="SentDispatch"/>.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt,
    long Timestamp)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool Is(string method, string pathPrefix)
        => Method == method && Path.StartsWith(pathPrefix, StringComparison.Ordinal);

    /// <summary>How long after the dispatch was sent this request arrived.</summary>
    public TimeSpan Since(SentDispatch dispatch) => Stopwatch.GetElapsedTime(dispatch.SentTimestamp, Timestamp);

    /// <summary>How long after <paramref name="earlier"/> this request arrived.</summary>
    public TimeSpan Since(RecordedRequest earlier) => Stopwatch.GetElapsedTime(earlier.Timestamp, Timestamp);

    /// <summary>Whether this request arrived after the dispatch was sent.</summary>
    public bool After(SentDispatch dispatch) => Timestamp >= dispatch.SentTimestamp;
}
