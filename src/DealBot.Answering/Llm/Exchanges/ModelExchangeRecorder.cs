using Microsoft.Extensions.AI;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>Registered only when exchanges are recorded: the chat client factory puts a recorder under the tool-calling layer.</summary>
public sealed class ModelExchangeRecorder(ModelExchangeScope scope)
{
    /// <summary><paramref name="inner"/>, with each call recorded into the question being answered.</summary>
    public IChatClient Wrap(IChatClient inner) => new RecordingChatClient(inner, scope);
}
