using System.Text.Json;
using Microsoft.Extensions.AI;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>One chat message of a recorded exchange: its role, its text, and the tool calls or tool results it carries.</summary>
/// <param name="Role">"system", "user", "assistant" or "tool".</param>
/// <param name="Text">The text (fence markers masked), or null when it has none.</param>
/// <param name="ToolCalls">The tool calls of an assistant message.</param>
/// <param name="ToolResults">The tool results of a tool message.</param>
public sealed record ExchangeMessage(string Role, string? Text, IReadOnlyList<ExchangeToolCall>? ToolCalls = null, IReadOnlyList<ExchangeToolResult>? ToolResults = null)
{
    public static ExchangeMessage Of(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var calls = message.Contents.OfType<FunctionCallContent>()
            .Select(c => new ExchangeToolCall(c.CallId, c.Name, JsonSerializer.SerializeToElement(c.Arguments ?? new Dictionary<string, object?>(), AIJsonUtilities.DefaultOptions)))
            .ToList();
        var results = message.Contents.OfType<FunctionResultContent>()
            .Select(r => new ExchangeToolResult(r.CallId, JsonSerializer.SerializeToElement(r.Result, AIJsonUtilities.DefaultOptions)))
            .ToList();
        var text = message.Text;
        return new ExchangeMessage(
            message.Role.Value,
            string.IsNullOrEmpty(text) ? null : PassageContext.Masked(text),
            calls.Count == 0 ? null : calls,
            results.Count == 0 ? null : results);
    }

    /// <summary>The message as the model's reply: its text and tool calls.</summary>
    public ChatMessage ToChatMessage()
    {
        var contents = new List<AIContent>();
        if (Text is not null)
        {
            contents.Add(new TextContent(Text));
        }

        foreach (var call in ToolCalls ?? [])
        {
            // As the OpenAI client parses a call: each argument a JSON value.
            var arguments = call.Arguments.ValueKind == JsonValueKind.Object
                ? call.Arguments.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone())
                : [];
            contents.Add(new FunctionCallContent(call.Id, call.Name, arguments));
        }

        return new ChatMessage(new ChatRole(Role), contents);
    }

    /// <summary>How this message differs from <paramref name="recorded"/> in what decides the model's reply (role, tool calls, tool results), or null.</summary>
    public string? DifferenceFrom(ExchangeMessage recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (Role != recorded.Role)
        {
            return $"a {Role} message where the recording has a {recorded.Role} message";
        }

        var calls = string.Join(", ", (ToolCalls ?? []).Select(c => $"{c.Name}#{c.Id}"));
        var recordedCalls = string.Join(", ", (recorded.ToolCalls ?? []).Select(c => $"{c.Name}#{c.Id}"));
        if (calls != recordedCalls)
        {
            return $"tool calls [{calls}] where the recording has [{recordedCalls}]";
        }

        var results = ToolResults ?? [];
        var recordedResults = recorded.ToolResults ?? [];
        if (results.Count != recordedResults.Count)
        {
            return $"{results.Count} tool result(s) where the recording has {recordedResults.Count}";
        }

        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].CallId != recordedResults[i].CallId || !JsonElement.DeepEquals(results[i].Result, recordedResults[i].Result))
            {
                return $"the tool result for call {results[i].CallId} is {Short(results[i].Result)} where the recording has {Short(recordedResults[i].Result)}";
            }
        }

        return null;
    }

    private static string Short(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
