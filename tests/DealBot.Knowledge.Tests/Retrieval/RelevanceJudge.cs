using System.Text.Json;
using System.Text.RegularExpressions;
using DealBot.Core.Documents;
using DealBot.Core.Text;

namespace DealBot.Knowledge.Tests.Retrieval;

// Compiled into the tests and into bench/DealBot.Benchmarks, so both judge relevance the same way.

/// <summary>A question of an expectation file (dev or held-out) that retrieval must serve.</summary>
public sealed record RetrievalQuestion(string Id, string Question, string Language, string Set);

/// <summary>
/// Relevance labels (Resources/retrieval-labels.jsonl): per question, the passages its answer needs, each as evidence
/// groups; a passage satisfies a need when it contains an alternative of every group. A question is a hit at k when
/// every need is satisfied by some passage of the top k.
/// </summary>
public sealed partial class RelevanceJudge
{
    private readonly Dictionary<string, string[][][]> _needs;

    private RelevanceJudge(Dictionary<string, string[][][]> needs) => _needs = needs;

    public static RelevanceJudge Load(string labelsFile)
    {
        var needs = new Dictionary<string, string[][][]>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(labelsFile).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            var passages = json.RootElement.GetProperty("passages").EnumerateArray()
                .Select(p => p.EnumerateArray().Select(g => g.EnumerateArray().Select(a => Fold(a.GetString()!)).ToArray()).ToArray())
                .ToArray();
            if (passages.Length == 0 || passages.Any(p => p.Length == 0 || p.Any(g => g.Length == 0)))
            {
                throw new InvalidDataException($"{labelsFile}: the label of {id} has an empty passage or group");
            }

            needs.Add(id, passages);
        }

        return new RelevanceJudge(needs);
    }

    /// <summary>The questions of an expectation file whose expected outcome includes "answered".</summary>
    public static IReadOnlyList<RetrievalQuestion> AnsweredQuestions(string file, string set) =>
        [.. File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            var root = json.RootElement;
            var expect = root.GetProperty("expect").GetString()!;
            var question = root.GetProperty("question").GetString()!;
            return (Answered: expect.Split('|').Contains("answered"), Question: new RetrievalQuestion(root.GetProperty("id").GetString()!, question, Languages.Detect(question), set));
        }).Where(x => x.Answered).Select(x => x.Question)];

    public bool HasLabel(string id) => _needs.ContainsKey(id);

    /// <summary>True when every passage the answer needs is among <paramref name="texts"/>.</summary>
    public bool IsHit(string id, IEnumerable<string> texts)
    {
        var folded = texts.Select(Fold).ToList();
        return _needs[id].All(need => folded.Any(text => Satisfies(text, need)));
    }

    /// <summary>True when <paramref name="text"/> satisfies at least one of the needs of <paramref name="id"/>.</summary>
    public bool IsRelevant(string id, string text)
    {
        var folded = Fold(text);
        return _needs[id].Any(need => Satisfies(folded, need));
    }

    private static bool Satisfies(string foldedText, string[][] groups) =>
        groups.All(group => group.Any(alternative => foldedText.Contains(alternative, StringComparison.Ordinal)));

    private static string Fold(string text) => ThousandsSeparator().Replace(TextNormalizer.Normalize(text), string.Empty).ToLowerInvariant();

    [GeneratedRegex(@"(?<=\d),(?=\d{3}\b)")]
    private static partial Regex ThousandsSeparator();
}
