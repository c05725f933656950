using System.Text.Json;

namespace DealBot.Answering.Tests.Llm.Http;

/// <summary>Response bodies in the OpenAI chat-completions wire format, as OpenAI, Azure OpenAI and Ollama's /v1 send them.</summary>
internal static class ChatCompletionsWire
{
    /// <summary>An assistant message with text content.</summary>
    public static string Text(string content, string model = "test-model") => Completion(model, new { role = "assistant", content }, "stop");

    /// <summary>An assistant message in the answerer's JSON shape.</summary>
    public static string Reply(string answer, params string[] citations) =>
        Text(JsonSerializer.Serialize(new { status = "answered", answer, citations }));

    /// <summary>An assistant message that calls one tool with <paramref name="arguments"/> (serialised as the wire's arguments string).</summary>
    public static string ToolCall(string tool, object arguments, string callId = "call_1") => Completion(
        "test-model",
        new
        {
            role = "assistant",
            content = (string?)null,
            tool_calls = new[] { new { id = callId, type = "function", function = new { name = tool, arguments = JsonSerializer.Serialize(arguments) } } },
        },
        "tool_calls");

    private static string Completion(string model, object message, string finishReason) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1758585600,
        model,
        choices = new[] { new { index = 0, message, finish_reason = finishReason } },
        usage = new { prompt_tokens = 100, completion_tokens = 20, total_tokens = 120 },
    });
}
