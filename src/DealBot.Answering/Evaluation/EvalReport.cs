using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DealBot.Core.Answers;

namespace DealBot.Answering.Evaluation;

/// <summary>
/// An eval run as a report: per question the status, pass or fail and why, the path that answered, the verifier's
/// verdict and the latency; against a baseline (an earlier report's JSON), what got better and what got worse.
/// </summary>
public sealed class EvalReport
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private EvalReport(IReadOnlyList<EvalReportRow> rows) => Rows = rows;

    public IReadOnlyList<EvalReportRow> Rows { get; }

    /// <summary>The report of <paramref name="results"/>, each row marked against <paramref name="baseline"/> when given.</summary>
    public static EvalReport Of(IReadOnlyList<ExpectationResult> results, EvalReport? baseline = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var before = baseline?.Rows.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new EvalReport([.. results.Select(r =>
        {
            var row = new EvalReportRow(
                r.Expectation.Id,
                r.Expectation.Question,
                r.Answer is { } a ? AnswerStatusNames.Of(a.Status) : "error",
                r.Passed,
                r.Problems,
                r.Path,
                r.Verdict,
                Math.Round(r.Latency.TotalMilliseconds, 1));
            return before is null ? row : row with { Change = Change(before.GetValueOrDefault(r.Expectation.Id), row) };
        })]);
    }

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The text is not such a report.</exception>
    public static EvalReport Parse(string json)
    {
        try
        {
            var rows = JsonSerializer.Deserialize<ReportDocument>(json, Json)?.Questions;
            return rows is null ? throw new FormatException("not an eval report (no \"questions\")") : new EvalReport(rows);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"not an eval report: {ex.Message}", ex);
        }
    }

    public string ToJson() => JsonSerializer.Serialize(new ReportDocument(Rows.Count(r => r.Passed), Rows.Count(r => !r.Passed), Rows), Json);

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var passed = Rows.Count(r => r.Passed);
        text.Append(CultureInfo.InvariantCulture, $"# Eval report\n\n{passed} passed, {Rows.Count - passed} failed");
        if (Rows.Any(r => r.Change is not null))
        {
            text.Append(CultureInfo.InvariantCulture, $"; against the baseline {Rows.Count(r => r.Change == "better")} better, {Rows.Count(r => r.Change == "worse")} worse");
        }

        text.Append("\n\n| id | result | change | status | path | verifier | ms | why |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var row in Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {Cell(row.Id)} | {(row.Passed ? "pass" : "FAIL")} | {row.Change ?? string.Empty} | {row.Status} | {row.Path} | {Cell(row.Verdict ?? string.Empty)} | {row.LatencyMs:0} | {Cell(string.Join("; ", row.Problems))} |\n");
        }

        return text.ToString();
    }

    private static string Change(EvalReportRow? before, EvalReportRow now) => before switch
    {
        null => "new",
        { Passed: false } when now.Passed => "better",
        { Passed: true } when !now.Passed => "worse",
        _ => "same",
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private sealed record ReportDocument(
        [property: JsonPropertyName("passed")] int Passed,
        [property: JsonPropertyName("failed")] int Failed,
        [property: JsonPropertyName("questions")] IReadOnlyList<EvalReportRow> Questions);
}

/// <summary>One question of an <see cref="EvalReport"/>.</summary>
public sealed record EvalReportRow(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("problems")] IReadOnlyList<string> Problems,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("verdict")] string? Verdict,
    [property: JsonPropertyName("latency_ms")] double LatencyMs)
{
    /// <summary>"better", "worse", "same" or "new" against a baseline; null without one.</summary>
    [JsonPropertyName("change")]
    public string? Change { get; init; }
}
