using DealBot.Core.Answers;

namespace DealBot.Cli.Batch;

/// <summary>
/// The conversations of a batch: lines with the same <c>"conversation"</c> value are one conversation, in input order,
/// and each is answered with the turns before it, the latest <see cref="MaxHistory"/> of them, as `chat` keeps them.
/// </summary>
internal sealed class BatchConversations(int maxHistory)
{
    private readonly Dictionary<string, List<ConversationTurn>> _turns = new(StringComparer.Ordinal);

    public int MaxHistory { get; } = maxHistory;

    /// <summary>The earlier turns of <paramref name="conversation"/>, oldest first; none for a line outside a conversation.</summary>
    public IReadOnlyList<ConversationTurn> HistoryOf(string? conversation) =>
        conversation is not null && _turns.TryGetValue(conversation, out var turns) ? [.. turns] : [];

    /// <summary>Records an answered turn (a failed line adds nothing, so the next turn follows the last good one).</summary>
    public void Add(string? conversation, ConversationTurn turn)
    {
        if (conversation is null)
        {
            return;
        }

        if (!_turns.TryGetValue(conversation, out var turns))
        {
            _turns[conversation] = turns = [];
        }

        turns.Add(turn);
        if (turns.Count > MaxHistory)
        {
            turns.RemoveAt(0);
        }
    }
}
