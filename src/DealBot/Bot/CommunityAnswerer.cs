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
    ILogger<CommunityAnswerer> logger)
{
    private readonly int _maxLength = options.Value.MaxQuestionLength;

    /// <summary>Why the question is not taken (too long, asking too fast), or <see langword="null"/> when it is.</summary>
    public string? Admit(ulong userId, string question, string language)
    {
        if (question.Length > _maxLength)
        {
            return BotText.TooLong(language, _maxLength);
        }

        return rateLimiter.TryAcquire(userId) is { } wait ? BotText.SlowDown(language, wait) : null;
    }

    public async Task<AnswerOutcome> AnswerAsync(string question, IReadOnlyList<ConversationTurn> history, string language, CancellationToken cancellationToken)
    {
        using var slot = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        if (slot is null)
        {
            return AnswerOutcome.Notice(BotText.Busy(language));
        }

        try
        {
            var answer = await answers.AnswerAsync(new Question(question, history), cancellationToken).ConfigureAwait(false);
            return new AnswerOutcome(AnswerMessages.For(answer), answer);
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            BotLog.StoreUnavailable(logger, ex.Message);
            return AnswerOutcome.Notice(BotText.Unavailable(language));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The member gets one line; the detail stays in the log.
            BotLog.AnswerFailed(logger, ex, question.Length);
            return AnswerOutcome.Notice(BotText.Failed(language));
        }
    }
}
