using DealBot.Core.Answers;
using DealBot.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// Everything between a member's question and the bot's messages, shared by mentions, replies, DMs and /ask: the
/// length and rate limits, the concurrency gate, the one answer engine, and failures turned into one friendly line.
/// </summary>
internal sealed class CommunityAnswerer(
    IAnswerService answers,
    QuestionRateLimiter rateLimiter,
    AnswerGate gate,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<CommunityAnswerer> logger)
{
    private readonly int _maxLength = options.Value.MaxQuestionLength;

    /// <summary>Why the question is not taken (too long, asking too fast), or <see langword="null"/> when it is.</summary>
    public Refusal? Admit(ulong userId, string question, string language)
    {
        if (question.Length > _maxLength)
        {
            return new Refusal(BotText.TooLong(language, _maxLength), RateLimited: false);
        }

        return rateLimiter.TryAcquire(userId) is { } wait ? new Refusal(BotText.SlowDown(language, wait), RateLimited: true) : null;
    }

    /// <summary>
    /// Whether a refused chat message gets a reply: always for a too-long question, once per window for a member over
    /// the rate limit (a member who keeps going is not answered at all, so the limit cannot become a flood of notices).
    /// </summary>
    public bool ShouldReply(ulong userId, Refusal refusal) => !refusal.RateLimited || rateLimiter.ShouldWarn(userId);

    /// <summary>A question not taken, with the line that says why.</summary>
    public sealed record Refusal(string Text, bool RateLimited);

    public async Task<AnswerOutcome> AnswerAsync(string question, IReadOnlyList<ConversationTurn> history, string language, CancellationToken cancellationToken)
    {
        var askedAt = time.GetUtcNow();
        var started = time.GetTimestamp();
        using var slot = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        if (slot is null)
        {
            return AnswerOutcome.Notice(BotText.Busy(language));
        }

        try
        {
            // The trace is what the audit record explains the answer with; members never see it.
            var answer = await answers.AnswerAsync(new Question(question, history, Trace: true), cancellationToken).ConfigureAwait(false);
            return new AnswerOutcome(AnswerMessages.For(answer), answer) { AskedAt = askedAt, Latency = time.GetElapsedTime(started) };
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            BotLog.StoreUnavailable(logger, ex.Message);
            return AnswerOutcome.Notice(BotText.Unavailable(language));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Any failure of the engine, not only an unreachable store: the member gets one line of apology (the
            // deferred /ask is edited into it, a chat question gets it as a reply), the detail and the question go to
            // the log, and the bot carries on with the next event. The question is at most MaxQuestionLength long.
            BotLog.AnswerFailed(logger, ex, question);
            return AnswerOutcome.Notice(BotText.Failed(language));
        }
    }
}
