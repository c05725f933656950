using System.Text.Json;
using DealBot.Tests.Bot.EndToEnd;
using DealBot.Tests.Faults;

namespace DealBot.Tests.Cli;

/// <summary>
/// `eval --replay` of the recorded set kept with the tests, through the real command line on the repository's
/// knowledge with no model configured, as CI runs it; and the one-line errors of --record and --replay.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class EvalExchangeTests(KnowledgeSnapshot knowledge) : IDisposable
{
    private static readonly string Recorded = Path.Combine(AppContext.BaseDirectory, "Recorded");
    private readonly BotWorkspace _workspace = knowledge.NewWorkspace();

    private static string Questions => Path.Combine(Recorded, "questions.jsonl");

    private static string Exchanges => Path.Combine(Recorded, "exchanges");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Eval_ReplayOfTheRecordedSet_EveryQuestionPassesOnTheLlmPathWithoutAModel()
    {
        var result = await InProcessCli.RunAsync(_workspace, "eval", Questions, "--replay", Exchanges, "--json");

        result.AssertOutcome(0);
        using var report = JsonDocument.Parse(result.Out);
        var rows = report.RootElement.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(4, report.RootElement.GetProperty("passed").GetInt32());
        Assert.Equal(["llm", "llm", "llm", "offline"], rows.Select(r => r.GetProperty("path").GetString()));
    }

    [Fact]
    public async Task Eval_ReplayWithARecordingMissing_OneLineNamingTheQuestionAndExit1()
    {
        var copy = Path.Combine(_workspace.Root, "exchanges");
        BotWorkspace.CopyDirectory(Exchanges, copy);
        File.Delete(Path.Combine(copy, "llm-retry.json"));

        var result = await InProcessCli.RunAsync(_workspace, "eval", Questions, "--replay", copy);

        var line = result.AssertOutcome(1);
        Assert.Contains("replay: question 'llm-retry' (How big is Nvidia's planned investment?) asked the model, but there is no recording", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--replay", "no-such-folder", "no such folder to replay:")]
    [InlineData("--record", "recorded", "--record needs a model: set Llm:Provider")]
    public async Task Eval_ExchangesOptionThatCannotWork_OneLineAndExit1(string option, string folder, string expected)
    {
        var result = await InProcessCli.RunAsync(_workspace, "eval", Questions, option, Path.Combine(_workspace.Root, folder));

        Assert.Contains(expected, result.AssertOutcome(1), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_workspace.Root, "recorded")));
    }

    [Fact]
    public async Task Eval_RecordAndReplayTogether_OneLineAndExit1()
    {
        var result = await InProcessCli.RunAsync(_workspace, "eval", Questions, "--record", _workspace.Root, "--replay", Exchanges);

        Assert.Contains("--record and --replay cannot be used together", result.AssertOutcome(1), StringComparison.Ordinal);
    }
}
