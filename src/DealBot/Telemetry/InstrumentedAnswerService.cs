using System.Diagnostics;
using DealBot.Core.Answers;
using DealBot.Core.Diagnostics;

namespace DealBot.Telemetry;

/// <summary>
/// Wraps the answer engine in the <c>answer</c> span and counts every answer by status, path and language, with its
/// latency, verifier rejections and LLM fallbacks, read from the answer's typed <see cref="Answer.Path"/> and
/// <see cref="Answer.Verdict"/>.
/// </summary>
internal sealed class InstrumentedAnswerService(IAnswerService inner, DealBotMetrics metrics, TimeProvider time) : IAnswerService
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        using var activity = AnswerActivities.Source.StartActivity("answer");
        var started = time.GetTimestamp();
        Answer answer;
        try
        {
            answer = await inner.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }

        metrics.Answered(answer.Status, answer.Path, answer.Language, time.GetElapsedTime(started));
        if (answer.Verdict == VerifierVerdict.Rejected)
        {
            metrics.VerifierRejected(answer.Path);
        }

        activity?.SetTag("dealbot.status", AnswerStatusNames.Of(answer.Status)).SetTag("dealbot.path", AnswerPathNames.Of(answer.Path))
            .SetTag("dealbot.language", answer.Language).SetTag("dealbot.citations", answer.Citations.Count);
        return answer;
    }
}
