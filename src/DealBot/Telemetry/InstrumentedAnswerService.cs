using System.Diagnostics;
using DealBot.Core.Answers;
using DealBot.Core.Diagnostics;

namespace DealBot.Telemetry;

/// <summary>
/// Wraps the answer engine in the <c>answer</c> span and counts every answer by status, path and language, with its
/// latency, verifier rejections and LLM fallbacks. The engine is always asked for its trace (it names the path); the
/// caller gets it only when it asked.
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
            answer = await inner.AnswerAsync(question with { Trace = true }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }

        var status = AnswerStatusNames.Of(answer.Status);
        var path = AnswerPaths.Of(answer.Trace);
        metrics.Answered(status, path, answer.Language, time.GetElapsedTime(started));
        if (AnswerPaths.VerifierRejected(answer.Trace))
        {
            metrics.VerifierRejected(path);
        }

        activity?.SetTag("dealbot.status", status).SetTag("dealbot.path", path).SetTag("dealbot.language", answer.Language)
            .SetTag("dealbot.citations", answer.Citations.Count);
        return question.Trace ? answer : answer with { Trace = null };
    }
}
