using DealBot.Answering.Llm.Exchanges;
using DealBot.Core.Answers;

namespace DealBot.Answering.Evaluation;

/// <summary>
/// Asks the answer engine every question of an expectation file and checks each answer. Turns of one conversation are
/// asked with the turns before them as history; a question the engine fails on is a failed expectation, and the run
/// goes on.
/// </summary>
public static class ExpectationRunner
{
    public static async Task<IReadOnlyList<ExpectationResult>> RunAsync(IAnswerService engine, IReadOnlyList<Expectation> expectations, CancellationToken cancellationToken = default, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(expectations);
        var results = new List<ExpectationResult>(expectations.Count);
        var conversations = new Dictionary<string, List<ConversationTurn>>(StringComparer.Ordinal);
        foreach (var expectation in expectations)
        {
            List<ConversationTurn>? history = null;
            if (expectation.Conversation is { } id && !conversations.TryGetValue(id, out history))
            {
                history = [];
                conversations[id] = history;
            }

            Answer answer;
            var started = time.GetTimestamp();
            try
            {
                // Traced, so the report can say what the verifier said; the path is typed on the answer.
                answer = await engine.AnswerAsync(new Question(expectation.Question, history is null ? null : [.. history], expectation.Id, Trace: true), cancellationToken).ConfigureAwait(false);
            }
            // A replay missing its recording stops the run: every later answer would be as meaningless.
            catch (Exception ex) when (ex is not OperationCanceledException and not ModelReplayException)
            {
                results.Add(new ExpectationResult(expectation, null, [$"error: {ex.GetType().Name}: {ex.Message}"]));
                continue;
            }

            history?.Add(new ConversationTurn(expectation.Question, answer.Text));
            results.Add(new ExpectationResult(expectation, answer, ExpectationChecker.Check(expectation, answer)) { Latency = time.GetElapsedTime(started) });
        }

        return results;
    }
}

/// <summary>An expectation, the answer it got (null when the engine failed) and what is wrong (empty when it passed).</summary>
public sealed record ExpectationResult(Expectation Expectation, Answer? Answer, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;

    /// <summary>How long the engine took to answer.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// Who answered, by the answer's typed <see cref="Answer.Path"/> and named as metrics and the audit trail name it
    /// (offline, llm, fallback), or "error" when the engine failed.
    /// </summary>
    public string Path => Answer is null ? "error" : AnswerPathNames.Of(Answer.Path);

    /// <summary>The grounding verifier's verdict on the answer, when it ran.</summary>
    public string? Verdict => Answer?.Trace?.Verdict;
}
