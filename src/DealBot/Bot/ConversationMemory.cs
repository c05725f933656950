using DealBot.Core.Answers;
using DealBot.Operations;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// The conversation behind each of the bot's recent answer messages, so a reply to an answer ("and per household?")
/// is answered with the questions before it. Bounded in memory (the oldest answers are forgotten first); every
/// conversation is also kept in the archive, so a reply to an answer from before a restart or past the bound is
/// still followed.
/// </summary>
internal sealed class ConversationMemory(IOptions<BotOptions> options, IConversationArchive archive)
{
    private const int MaxTurns = 4;
    private readonly int _capacity = options.Value.RememberedAnswers;
    private readonly Dictionary<ulong, IReadOnlyList<ConversationTurn>> _byMessage = [];
    private readonly Queue<ulong> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Remembers that <paramref name="messageIds"/> carry the answer that ended <paramref name="conversation"/>.</summary>
    public void Remember(IEnumerable<ulong> messageIds, IReadOnlyList<ConversationTurn> conversation)
    {
        var kept = conversation.Count > MaxTurns ? conversation.Skip(conversation.Count - MaxTurns).ToList() : conversation;
        var ids = messageIds.ToList();
        archive.Save(ids, kept);
        lock (_lock)
        {
            foreach (var id in ids)
            {
                if (_byMessage.TryAdd(id, kept))
                {
                    _order.Enqueue(id);
                }
            }

            while (_order.Count > _capacity)
            {
                _byMessage.Remove(_order.Dequeue());
            }
        }
    }

    /// <summary>Whether <paramref name="messageId"/> is one of the answers still remembered.</summary>
    public bool Knows(ulong messageId)
    {
        lock (_lock)
        {
            if (_byMessage.ContainsKey(messageId))
            {
                return true;
            }
        }

        return archive.Load(messageId) is not null;
    }

    /// <summary>The conversation ending in the answer <paramref name="messageId"/>, or empty when it is not remembered.</summary>
    public IReadOnlyList<ConversationTurn> Recall(ulong messageId)
    {
        lock (_lock)
        {
            if (_byMessage.TryGetValue(messageId, out var turns))
            {
                return turns;
            }
        }

        return archive.Load(messageId) ?? [];
    }
}
