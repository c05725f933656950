using DealBot.Core.Answers;
using DealBot.Operations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DealBot.Bot;

/// <summary>
/// What the bot keeps once an answer is sent: the audit record (under every message id that carried it) and the
/// conversation that a reply to it continues. Both only join the write queue; nothing here delays a member.
/// </summary>
internal sealed partial class AnswerRecorder(AuditTrail audit, ConversationMemory memory, MemberHasher hasher, ILogger<AnswerRecorder> logger)
{
    public void Sent(AnswerOutcome outcome, IReadOnlyList<ulong> messageIds, IReadOnlyList<ConversationTurn> history, ulong? guildId, ulong? channelId, ulong memberId, bool remember)
    {
        if (outcome.Answer is not { } answer || messageIds.Count == 0)
        {
            return;
        }

        if (remember)
        {
            memory.Remember(messageIds, [.. history, new ConversationTurn(answer.Question, answer.Text)]);
        }

        try
        {
            var origin = new AnswerOrigin(guildId, channelId, hasher.Hash(memberId));
            audit.Record(AuditRecord.Of(answer, messageIds, origin, outcome.AskedAt, outcome.Latency));
        }
        catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // The member already has the answer; only its record is lost.
            LogNotRecorded(ex, messageIds[0]);
        }
    }

    [LoggerMessage(7020, LogLevel.Warning, "The audit record of answer {MessageId} could not be kept")]
    private partial void LogNotRecorded(Exception exception, ulong messageId);
}
