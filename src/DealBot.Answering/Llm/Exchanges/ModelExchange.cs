using Microsoft.Extensions.AI;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>One call of the model: the messages sent, the names of the tools offered, and the reply.</summary>
/// <param name="Request">The messages sent, in order.</param>
/// <param name="Tools">The names of the tools offered.</param>
/// <param name="Response">The messages of the reply.</param>
public sealed record ModelExchange(IReadOnlyList<ExchangeMessage> Request, IReadOnlyList<string> Tools, IReadOnlyList<ExchangeMessage> Response)
{
    public static ModelExchange Of(IEnumerable<ChatMessage> request, ChatOptions? options, ChatResponse response)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        return new ModelExchange(
            [.. request.Select(ExchangeMessage.Of)],
            [.. (options?.Tools ?? []).Select(t => t.Name)],
            [.. response.Messages.Select(ExchangeMessage.Of)]);
    }

    /// <summary>The first difference between the messages sent now and the recorded request, or null.</summary>
    public string? DifferenceFrom(IReadOnlyList<ExchangeMessage> sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.Count != Request.Count)
        {
            return $"{sent.Count} messages were sent where the recording has {Request.Count}";
        }

        for (var i = 0; i < sent.Count; i++)
        {
            if (sent[i].DifferenceFrom(Request[i]) is { } difference)
            {
                return $"message {i + 1}: {difference}";
            }
        }

        return null;
    }
}
