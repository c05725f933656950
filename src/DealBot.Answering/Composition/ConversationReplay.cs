using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DealBot.Answering.Skills;
using DealBot.Core.Answers;

namespace DealBot.Answering.Composition;

/// <summary>
/// Rebuilds what the earlier turns of a conversation left (their frames, results and lists) by answering them again
/// offline, in order: the conversation needs nothing but the questions, whether it comes from <c>chat</c>, a reply
/// chain in Discord or <c>batch</c> lines sharing a conversation id. Recent replays are kept, so a long conversation
/// is not answered again at every turn.
/// </summary>
internal sealed class ConversationReplay(AnswerContextFactory contexts, Screen screen, OfflineEngine engine)
{
    /// <summary>The turns a follow-up is read against: the last few of the conversation.</summary>
    public const int TurnsRead = 4;
    private const int Remembered = 512;
    private readonly ConcurrentDictionary<string, AnsweredTurn> _replayed = new(StringComparer.Ordinal);

    /// <summary>The last earlier turn, as answered, or null for a question that starts a conversation.</summary>
    public async Task<AnsweredTurn?> ReplayAsync(IReadOnlyList<ConversationTurn>? history, KnowledgeView view, CancellationToken cancellationToken)
    {
        if (history is not { Count: > 0 })
        {
            return null;
        }

        AnsweredTurn? previous = null;
        var key = RuntimeHelpers.GetHashCode(view.Facts).ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var turn in history.TakeLast(TurnsRead))
        {
            key += "\u241e" + turn.Question;
            if (_replayed.TryGetValue(key, out var known))
            {
                previous = known;
                continue;
            }

            var context = await contexts.CreateAsync(turn.Question, previous, view, cancellationToken).ConfigureAwait(false);
            previous = screen.Decline(context.Frame, context.Passages, view) is { } declined
                ? new AnsweredTurn(context.Frame, declined, Understanding.TurnResult.None)
                : (await engine.AnswerAsync(context, cancellationToken).ConfigureAwait(false)).Turn;
            if (_replayed.Count >= Remembered)
            {
                _replayed.Clear();
            }

            _replayed[key] = previous;
        }

        return previous;
    }
}
