using DealBot.Answering.Llm.Exchanges;
using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Llm.Exchanges;

/// <summary>
/// Recording against the local model server reproduces the set kept in Resources/Recorded byte for byte, and
/// replaying that set without a model gives the answers the model gave: the LLM path, its tool calls run again
/// through the Kernel, its retry.
/// </summary>
public sealed class RecordReplayTests
{
    [Fact]
    public async Task Record_AgainstTheModelServer_ReproducesTheKeptSet()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dealbot-record-" + Guid.NewGuid().ToString("N"));
        using var server = RecordedSet.Server(ExchangeMode.Record, directory);

        var results = await RecordedSet.RunAsync(server.Services);

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Expectation.Id}: {string.Join("; ", r.Problems)}"));
        var recorded = Directory.EnumerateFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var kept = Directory.EnumerateFiles(RecordedSet.Exchanges).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["chitchat-hello.json", "llm-invest.json", "llm-per-gw.json", "llm-retry.json"], recorded);
        Assert.Equal(kept, recorded);
        foreach (var name in recorded)
        {
            // When the prompts or plugins change on purpose, copy the new recording over the kept one.
            Assert.True(
                File.ReadAllText(Path.Combine(RecordedSet.Exchanges, name!)) == File.ReadAllText(Path.Combine(directory, name!)),
                $"{name} differs from the kept recording; the new one is in {directory}");
        }

        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Record_ToolRoundTripAndRetry_OneExchangePerModelCall()
    {
        var directory = Path.Combine(Path.GetTempPath(), "dealbot-record-" + Guid.NewGuid().ToString("N"));
        using var server = RecordedSet.Server(ExchangeMode.Record, directory);

        await RecordedSet.RunAsync(server.Services);

        var store = new ExchangeDirectory(directory);
        var perGw = (await store.ReadAsync("llm-per-gw"))!;
        Assert.Equal(2, perGw.Exchanges.Count);
        Assert.Equal("Calculator_PerUnit", Assert.Single(perGw.Exchanges[0].Response[0].ToolCalls!).Name);
        var toolMessage = perGw.Exchanges[1].Request.Single(m => m.Role == "tool");
        Assert.Contains("1e10", Assert.Single(toolMessage.ToolResults!).Result.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Calculator_PerUnit", perGw.Exchanges[0].Tools);
        Assert.Equal(2, (await store.ReadAsync("llm-retry"))!.Exchanges.Count);
        Assert.Single((await store.ReadAsync("llm-invest"))!.Exchanges);
        Assert.Empty((await store.ReadAsync("chitchat-hello"))!.Exchanges);
        Assert.Equal(5, server.Bodies.Count);

        // The fence is random per request; recordings carry one fixed marker, so they compare equal run after run.
        var sources = perGw.Exchanges[0].Request.Single(m => m.Text?.StartsWith("Untrusted source text", StringComparison.Ordinal) == true).Text!;
        Assert.Contains("<<<SOURCE-FENCE\n", sources, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Replay_TheKeptSet_AnswersAsTheModelDidWithoutOne()
    {
        using var services = RecordedSet.Replay(RecordedSet.Exchanges);

        var results = await RecordedSet.RunAsync(services);

        Assert.All(results, r => Assert.True(r.Passed, $"{r.Expectation.Id}: {string.Join("; ", r.Problems)} | {string.Join(" | ", r.Answer?.Trace?.Steps ?? [])}"));
        Assert.Equal(["llm", "llm", "llm", "offline"], results.Select(r => r.Path));
        var perGw = results.Single(r => r.Expectation.Id == "llm-per-gw").Answer!;
        Assert.Equal("1e10", Assert.Single(perGw.Calculations).Result);
        Assert.Contains(perGw.Trace!.Steps, s => s.StartsWith("Calculator.PerUnit", StringComparison.Ordinal));
        var retried = results.Single(r => r.Expectation.Id == "llm-retry").Answer!;
        Assert.Contains(retried.Trace!.Steps, s => s.StartsWith("attempt 1: Not grounded", StringComparison.Ordinal));
        Assert.Contains(retried.Trace.Steps, s => s.StartsWith("attempt 2:", StringComparison.Ordinal));
        Assert.Equal(AnswerStatus.Answered, retried.Status);
    }

    [Fact]
    public async Task Replay_Twice_SameAnswers()
    {
        using var first = RecordedSet.Replay(RecordedSet.Exchanges);
        using var second = RecordedSet.Replay(RecordedSet.Exchanges);

        var a = await RecordedSet.RunAsync(first);
        var b = await RecordedSet.RunAsync(second);

        Assert.Equal(a.Select(r => r.Answer!.Text), b.Select(r => r.Answer!.Text));
        Assert.Equal(a.Select(r => string.Join("|", r.Answer!.Trace!.Steps)), b.Select(r => string.Join("|", r.Answer!.Trace!.Steps)));
    }
}
