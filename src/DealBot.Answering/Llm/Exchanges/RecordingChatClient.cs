using Microsoft.Extensions.AI;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// Sits between the tool-calling layer and the provider's client, so each call of the model (a first request, a
/// request carrying tool results, a retry) is recorded as one exchange of the question being answered.
/// </summary>
internal sealed class RecordingChatClient(IChatClient inner, ModelExchangeScope scope) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var sent = messages.ToList();
        var response = await base.GetResponseAsync(sent, options, cancellationToken).ConfigureAwait(false);
        scope.Current?.Add(ModelExchange.Of(sent, options, response));
        return response;
    }
}
