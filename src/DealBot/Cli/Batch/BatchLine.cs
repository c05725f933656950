using System.Text.Json;

namespace DealBot.Cli.Batch;

/// <summary>
/// One input line of `batch`: <c>{"id":..,"question":"..","conversation":..}</c>. A line that cannot be read carries
/// <see cref="Error"/> (one line, for its <c>{"id":..,"error":..}</c> output) instead of a question.
/// </summary>
internal sealed record BatchLine(string? Id, string? Question, string? Conversation, string? Error)
{
    public const string Expected = "invalid input line: expected {\"id\":...,\"question\":\"...\"}";

    public const string NotText = "invalid input line: the question is not valid UTF-16 text (a lone surrogate)";

    public static BatchLine Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Invalid(null, Expected);
            }

            var id = root.TryGetProperty("id", out var idElement) ? Text(idElement) : null;
            var conversation = root.TryGetProperty("conversation", out var c) && c.ValueKind != JsonValueKind.Null ? Text(c) : null;
            if (!root.TryGetProperty("question", out var q) || q.ValueKind != JsonValueKind.String)
            {
                return Invalid(id, Expected);
            }

            if (!IsValidText(q))
            {
                return Invalid(id, NotText);
            }

            var question = q.GetString();
            return string.IsNullOrWhiteSpace(question) ? Invalid(id, Expected) : new BatchLine(id, question, conversation, null);
        }
        catch (JsonException)
        {
            return Invalid(null, Expected);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // The line itself holds a lone surrogate, which cannot even be turned into UTF-8 to be parsed.
            return Invalid(null, NotText);
        }
    }

    private static BatchLine Invalid(string? id, string error) => new(id, null, null, error);

    // An id or conversation is echoed or compared, never read as text: a string is taken as it is, anything else as
    // its JSON ("7" for 7), and a string with a lone surrogate ("\ud800") as its JSON too, since it cannot be decoded.
    private static string Text(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String && IsValidText(element))
        {
            return element.GetString()!;
        }

        return element.GetRawText();
    }

    private static bool IsValidText(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json refuses to decode "\ud800" without its pair into a string.
            return false;
        }
    }
}
