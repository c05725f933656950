using System.Text;

namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>The tally of a metamorphic run: per rewrite, how many questions it changed and how many still passed.</summary>
public sealed class MetamorphicOutcome
{
    private readonly List<(IQuestionRewrite Rewrite, string Question, IReadOnlyList<string> Problems)> _results = [];

    public int Total => _results.Count;

    public int Passed => _results.Count(r => r.Problems.Count == 0);

    /// <summary>Each failing rewritten question with what is wrong, one a line.</summary>
    public string Failures => string.Join("\n", _results.Where(r => r.Problems.Count > 0).Select(r => $"[{r.Rewrite.Name}] {r.Question} — {string.Join("; ", r.Problems)}"));

    public void Add(IQuestionRewrite rewrite, string question, IReadOnlyList<string> problems) => _results.Add((rewrite, question, problems));

    public int Applied(IQuestionRewrite rewrite) => _results.Count(r => r.Rewrite == rewrite);

    /// <summary>The pass rate of each rewrite and overall, then every rewritten question with its verdict.</summary>
    public string Report()
    {
        var report = new StringBuilder();
        foreach (var group in _results.GroupBy(r => r.Rewrite))
        {
            var passed = group.Count(r => r.Problems.Count == 0);
            report.AppendLine($"{group.Key.Name}: {passed} of {group.Count()} passed ({Percent(passed, group.Count())})");
        }

        report.AppendLine($"overall: {Passed} of {Total} passed ({Percent(Passed, Total)})");
        report.AppendJoin("\n", _results.Select(r => $"{(r.Problems.Count == 0 ? "pass" : "FAIL")} [{r.Rewrite.Name}] {r.Question}"));
        return report.ToString();
    }

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:0.0}%";
}
