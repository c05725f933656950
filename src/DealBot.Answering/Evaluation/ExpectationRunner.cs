using DealBot.Core.Answers;

namespace DealBot.Answering.Evaluation;

/// <summary>Asks the answer engine every question of an expectation file and checks each answer.</summary>
public static class ExpectationRunner
{
    public static async Task<IReadOnlyList<ExpectationResult>> RunAsync(IAnswerService engine, IReadOnlyList<Expectation> expectations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(expectations);
        var results = new List<ExpectationResult>(expectations.Count);
        foreach (var expectation in expectations)
        {
            var answer = await engine.AnswerAsync(new Question(expectation.Question, Id: expectation.Id), cancellationToken).ConfigureAwait(false);
            results.Add(new ExpectationResult(expectation, answer, ExpectationChecker.Check(expectation, answer)));
        }

        return results;
    }
}

/// <summary>An expectation, the answer it got and what is wrong with it (empty when it passed).</summary>
public sealed record ExpectationResult(Expectation Expectation, Answer Answer, IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
