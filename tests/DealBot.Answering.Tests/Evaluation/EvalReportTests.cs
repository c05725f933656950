using DealBot.Answering.Evaluation;
using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Evaluation;

public sealed class EvalReportTests
{
    [Theory]
    [InlineData(AnswerPath.Offline, "offline")]
    [InlineData(AnswerPath.Llm, "llm")]
    [InlineData(AnswerPath.Fallback, "fallback")]
    public void Path_TypedOnTheAnswer_NamesWhoAnsweredWhateverTheTraceSays(AnswerPath path, string expected)
    {
        // The trace's words say otherwise on purpose: the report reads the typed path, not the text.
        var result = Result("q", passed: true, "path: screened (no composer)", path);

        Assert.Equal(expected, result.Path);
    }

    [Fact]
    public void Path_AnswerWithoutTrace_StillNamesThePath()
    {
        var answer = new Answer("q", AnswerStatus.Answered, "en", "text", [], [], null) { Path = AnswerPath.Llm };

        var result = new ExpectationResult(new Expectation("q", "q", ["answered"], [], []), answer, []);

        Assert.Equal("llm", result.Path);
    }

    [Fact]
    public void Path_EngineFailed_Error()
    {
        Assert.Equal("error", new ExpectationResult(new Expectation("q", "q", ["answered"], [], []), null, ["engine failed"]).Path);
    }

    [Fact]
    public void Of_AgainstBaseline_MarksBetterWorseSameAndNew()
    {
        var before = EvalReport.Of([Result("fixed", passed: false), Result("broke", passed: true), Result("kept", passed: true)]);
        var baseline = EvalReport.Parse(before.ToJson());

        var now = EvalReport.Of([Result("fixed", passed: true), Result("broke", passed: false), Result("kept", passed: true), Result("added", passed: true)], baseline);

        Assert.Equal(["better", "worse", "same", "new"], now.Rows.Select(r => r.Change));
        Assert.Contains("1 better, 1 worse", now.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_Row_CarriesStatusWhyPathVerdictAndLatency()
    {
        var report = EvalReport.Parse(EvalReport.Of([Result("q1", passed: false, "path: llm (answered)", AnswerPath.Llm)]).ToJson());

        var row = Assert.Single(report.Rows);
        Assert.Equal(("q1", "answered", false, "llm", "grounded", 12.5), (row.Id, row.Status, row.Passed, row.Path, row.Verdict, row.LatencyMs));
        Assert.Equal(["must: 100 billion"], row.Problems);
    }

    [Fact]
    public void Parse_NotAReport_FormatException()
    {
        Assert.Throws<FormatException>(() => EvalReport.Parse("[1, 2]"));
        Assert.Throws<FormatException>(() => EvalReport.Parse("{\"passed\": 1}"));
    }

    private static ExpectationResult Result(string id, bool passed, string step = "path: offline", AnswerPath path = AnswerPath.Offline)
    {
        var answer = new Answer("q", AnswerStatus.Answered, "en", "text", [], [], null)
        {
            Path = path,
            Trace = new AnswerTrace([], ["kind: Question", step], "grounded"),
        };
        return new ExpectationResult(new Expectation(id, "q", ["answered"], [], []), answer, passed ? [] : ["must: 100 billion"])
        {
            Latency = TimeSpan.FromMilliseconds(12.5),
        };
    }
}
