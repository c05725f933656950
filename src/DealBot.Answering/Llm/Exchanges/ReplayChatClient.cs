using Microsoft.Extensions.AI;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// A model that answers from recordings: each call gets the next recorded reply of the question being answered,
/// after checking that what was sent matches what was recorded (roles, tool calls, tool results). The tool-calling
/// layer above it runs the tools the replies ask for through the Kernel, as with a real model.
/// </summary>
internal sealed class ReplayChatClient(ModelExchangeScope scope) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var current = scope.Current ?? throw new ModelReplayException("the model was asked outside a replayed question; replay runs through eval FILE --replay DIR");
        var exchange = current.Next([.. messages.Select(ExchangeMessage.Of)]);
        return Task.FromResult(new ChatResponse([.. exchange.Response.Select(m => m.ToChatMessage())]) { FinishReason = ChatFinishReason.Stop });
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Replay serves whole responses; the answerer does not stream.");

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType?.IsInstanceOfType(this) == true ? this : null;

    public void Dispose()
    {
    }
}
