using System.Text.Json.Nodes;
using DealBot.Answering.Llm.Exchanges;

namespace DealBot.Answering.Tests.Llm.Exchanges;

/// <summary>A replay whose recording is missing or was made for another request stops with an error naming the question.</summary>
public sealed class ReplayMismatchTests : IDisposable
{
    private readonly string _copy = RecordedSet.Copy();

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    [Fact]
    public async Task Replay_RecordingMissing_ErrorNamesTheQuestionAndTheFile()
    {
        File.Delete(Path.Combine(_copy, "llm-invest.json"));

        var error = await ReplayErrorAsync();

        Assert.Contains("question 'llm-invest' (How much will Nvidia invest in OpenAI?)", error, StringComparison.Ordinal);
        Assert.Contains("no recording " + Path.Combine(_copy, "llm-invest.json"), error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_RecordedForAnotherQuestion_ErrorNamesBoth()
    {
        Edit("llm-invest.json", json => json["question"] = "How much will OpenAI pay Nvidia?");

        var error = await ReplayErrorAsync();

        Assert.Contains("question 'llm-invest' (How much will Nvidia invest in OpenAI?)", error, StringComparison.Ordinal);
        Assert.Contains("recorded for another question (How much will OpenAI pay Nvidia?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_ToolResultChanged_ErrorNamesTheCallAndBothResults()
    {
        // As if the calculator had returned another number when the model's reply was recorded.
        Edit("llm-per-gw.json", json =>
        {
            var tool = json["exchanges"]![1]!["request"]!.AsArray().Single(m => (string?)m!["role"] == "tool")!;
            tool["tool_results"]![0]!["result"]!["result"] = "2e10";
        });

        var error = await ReplayErrorAsync();

        Assert.Contains("question 'llm-per-gw' (How much will Nvidia invest per gigawatt?): model call 2 does not match", error, StringComparison.Ordinal);
        Assert.Contains("the tool result for call call_1 is", error, StringComparison.Ordinal);
        Assert.Contains("\"2e10\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_FewerCallsRecordedThanMade_ErrorNamesTheCall()
    {
        Edit("llm-retry.json", json => json["exchanges"]!.AsArray().RemoveAt(1));

        var error = await ReplayErrorAsync();

        Assert.Contains("question 'llm-retry' (How big is Nvidia's planned investment?) made model call 2, but", error, StringComparison.Ordinal);
        Assert.Contains("records 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_NoModelCallRecordedForASmallTalkQuestion_StillAnswersIt()
    {
        File.Delete(Path.Combine(_copy, "chitchat-hello.json"));
        using var services = RecordedSet.Replay(_copy);

        var results = await RecordedSet.RunAsync(services);

        Assert.All(results, r => Assert.True(r.Passed, r.Expectation.Id));
    }

    private async Task<string> ReplayErrorAsync()
    {
        using var services = RecordedSet.Replay(_copy);
        var error = await Assert.ThrowsAsync<ModelReplayException>(() => RecordedSet.RunAsync(services));
        return error.Message;
    }

    private void Edit(string name, Action<JsonNode> edit)
    {
        var file = Path.Combine(_copy, name);
        var json = JsonNode.Parse(File.ReadAllText(file))!;
        edit(json);
        File.WriteAllText(file, json.ToJsonString());
    }
}
