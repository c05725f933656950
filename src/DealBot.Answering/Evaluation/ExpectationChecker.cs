using DealBot.Core.Answers;

namespace DealBot.Answering.Evaluation;

/// <summary>Checks an answer against an expectation; returns what is wrong, empty when it passes.</summary>
public static class ExpectationChecker
{
    public static IReadOnlyList<string> Check(Expectation expectation, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(expectation);
        ArgumentNullException.ThrowIfNull(answer);
        var status = AnswerStatusNames.Of(answer.Status);
        var problems = new List<string>();
        if (!expectation.Expect.Contains(status, StringComparer.Ordinal))
        {
            problems.Add($"status {status}, expected {string.Join("|", expectation.Expect)}");
        }

        var text = Plain(answer.Text);
        foreach (var group in expectation.Must)
        {
            if (group.Count > 0 && !group.Any(alt => text.Contains(Plain(alt), StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add($"missing one of [{string.Join(", ", group)}]");
            }
        }

        foreach (var banned in expectation.MustNot)
        {
            if (banned.Length > 0 && text.Contains(Plain(banned), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"contains \"{banned}\"");
            }
        }

        if (answer.Status == AnswerStatus.Answered && answer.Citations.Count == 0)
        {
            problems.Add("answered without a citation");
        }

        return problems;
    }

    // "8,000,000" and "8000000" are the same: thousands separators are ignored on both sides.
    private static string Plain(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"(?<=\d),(?=\d{3})", string.Empty);
}
