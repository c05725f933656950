using System.Text.Json;
using System.Text.Json.Serialization;

namespace DealBot.Answering.Llm;

/// <summary>The JSON shape the model replies in: <c>{"status", "answer", "citations"}</c>.</summary>
/// <param name="Status">"answered", "not_in_sources", "out_of_scope" or "refused".</param>
/// <param name="Answer">The text shown to the user.</param>
/// <param name="Citations">Ids of the passages (or figures) relied on.</param>
internal sealed record LlmReply(
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("answer")] string? Answer,
    [property: JsonPropertyName("citations")] IReadOnlyList<string>? Citations)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>Reads the reply, tolerating a code fence or prose around the object; null when there is no such object.</summary>
    public static LlmReply? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var start = text.IndexOf('{', StringComparison.Ordinal);
        var end = text.LastIndexOf('}');
        if (start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            var reply = JsonSerializer.Deserialize<LlmReply>(text.AsSpan(start, end - start + 1), Options);
            return reply is { Answer: not null } ? reply : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
