using DealBot.Core.Answers;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// Answers each question with its model exchanges in scope: recording, a fresh list saved to the question's file once
/// it is answered; replaying, the question's file loaded first (a missing file fails only if the model is asked).
/// Questions are named by their id (the expectation's id), or by their text when they have none.
/// </summary>
public sealed class ExchangeAnswerService(IAnswerService inner, ExchangeDirectory directory, ExchangeMode mode, ModelExchangeScope scope, TimeProvider time) : IAnswerService
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var id = question.Id ?? question.Text;
        QuestionExchanges exchanges;
        if (mode == ExchangeMode.Replay)
        {
            var recording = await directory.ReadAsync(id, cancellationToken).ConfigureAwait(false);
            if (recording is not null && !string.Equals(recording.Question, question.Text, StringComparison.Ordinal))
            {
                throw new ModelReplayException($"question '{id}' ({question.Text}): {directory.FileOf(id)} was recorded for another question ({recording.Question}); record it again with eval FILE --record DIR");
            }

            exchanges = new QuestionExchanges(id, question.Text, recording?.RecordedAt ?? time.GetUtcNow(), directory.FileOf(id), recording?.Exchanges);
        }
        else
        {
            exchanges = new QuestionExchanges(id, question.Text, time.GetUtcNow(), directory.FileOf(id), null);
        }

        scope.Enter(exchanges);
        var answer = await inner.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        if (mode == ExchangeMode.Record)
        {
            await directory.WriteAsync(exchanges.ToRecording(), cancellationToken).ConfigureAwait(false);
        }

        return answer;
    }
}
