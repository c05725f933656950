using System.Text.Json;

namespace DealBot.Discord.Testing;

/// <summary>An HTTP request the client made to the fake API. <see cref="Path"/> is relative to <c>/api/v10</c>.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public bool Is(string method, string pathPrefix)
        => Method == method && Path.StartsWith(pathPrefix, StringComparison.Ordinal);
}
