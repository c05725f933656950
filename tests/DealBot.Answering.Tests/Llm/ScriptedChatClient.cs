using Microsoft.Extensions.AI;

namespace DealBot.Answering.Tests.Llm;

/// <summary>
/// A model that plays a script: each call runs the next step, which sees the conversation so far and the tools
/// offered, and returns the model's message (text or tool calls). Records every conversation it was sent.
/// </summary>
internal sealed class ScriptedChatClient(params Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatMessage>[] steps) : IChatClient
{
    private int _next;

    public List<IReadOnlyList<ChatMessage>> Calls { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var conversation = messages.ToList();
        Calls.Add(conversation);
        if (_next >= steps.Length)
        {
            throw new InvalidOperationException($"The script has {steps.Length} step(s); call {_next + 1} was not expected.");
        }

        return Task.FromResult(new ChatResponse(steps[_next++](conversation, options)));
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    /// <summary>A reply in the answerer's JSON shape.</summary>
    public static ChatMessage Reply(string answer, params string[] citations) =>
        new(ChatRole.Assistant, System.Text.Json.JsonSerializer.Serialize(new { status = "answered", answer, citations }));

    /// <summary>A call of the tool whose name ends with <paramref name="function"/>.</summary>
    public static ChatMessage Call(ChatOptions? options, string function, Dictionary<string, object?> arguments)
    {
        var tool = options?.Tools?.FirstOrDefault(t => t.Name.EndsWith(function, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No tool named *{function} was offered.");
        var json = arguments.ToDictionary(a => a.Key, a => (object?)System.Text.Json.JsonSerializer.SerializeToElement(a.Value));
        return new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-" + function, tool.Name, json)]);
    }

    /// <summary>What the last tool call returned to the model, as text.</summary>
    public static string LastToolResult(IReadOnlyList<ChatMessage> conversation) =>
        conversation.SelectMany(m => m.Contents).OfType<FunctionResultContent>().LastOrDefault()?.Result?.ToString()
            ?? throw new InvalidOperationException("No tool result was sent to the model.");
}
