using DealBot.Operations;
using DealBot.Tests.Bot.EndToEnd;
using DealBot.Tests.Faults;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Tests.Operations;

/// <summary>`audit show` and `feedback export` as operators run them, over a workspace whose store holds one answer.</summary>
[Collection(CliCollection.Name)]
public sealed class OperationsCliTests(KnowledgeSnapshot knowledge) : IDisposable
{
    private readonly BotWorkspace _workspace = knowledge.NewWorkspace();

    [Fact]
    public async Task Audit_show_explains_an_answer_by_any_of_its_message_ids()
    {
        Seed();

        var result = await InProcessCli.RunAsync(_workspace, "audit", "show", "9002");

        result.AssertOutcome(0);
        Assert.Contains("question: How much will Nvidia invest in OpenAI?", result.Out, StringComparison.Ordinal);
        Assert.Contains("status: answered; path: offline; language: en; latency: 42 ms", result.Out, StringComparison.Ordinal);
        Assert.Contains("cited reuters-2025-09-22", result.Out, StringComparison.Ordinal);
        Assert.Contains("verdict: All numbers are grounded.", result.Out, StringComparison.Ordinal);
        Assert.Contains("guild 300, channel 600", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123", "no audit record for message 123")]
    [InlineData("not-an-id", "not a message id")]
    public async Task Audit_show_of_an_unknown_or_malformed_id_is_one_line_and_exit_1(string id, string expected)
    {
        Seed();

        var line = (await InProcessCli.RunAsync(_workspace, "audit", "show", id)).AssertOutcome(1);

        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_export_writes_a_file_that_eval_runs()
    {
        Seed();
        var file = Path.Combine(_workspace.Root, "disliked.jsonl");

        (await InProcessCli.RunAsync(_workspace, "feedback", "export", "--since", "2025-01-01", "--out", file)).AssertOutcome(0);
        var eval = await InProcessCli.RunAsync(_workspace, "eval", file);

        Assert.Single(File.ReadAllLines(file));
        Assert.Equal(0, eval.ExitCode);
        Assert.Contains("1 passed, 0 failed", eval.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_export_with_a_bad_date_is_one_line_and_exit_1()
    {
        var line = (await InProcessCli.RunAsync(_workspace, "feedback", "export", "--since", "last week")).AssertOutcome(1);

        Assert.Contains("--since must be a date", line, StringComparison.Ordinal);
    }

    public void Dispose() => _workspace.Dispose();

    // One answer sent as two messages, with a 👎 on its second one.
    private void Seed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var store = new OperationsStoreHarness(Path.Combine(_workspace.DataDirectory, OperationsDatabase.FileName), time);
        store.Audit.Record(new AuditRecord(
            9001,
            [9001, 9002],
            time.GetUtcNow(),
            "How much will Nvidia invest in OpenAI?",
            "Up to US$100 billion.",
            "answered",
            "offline",
            "en",
            [new AuditPassage("reuters-2025-09-22", Guid.NewGuid().ToString("D"), "Nvidia intends to invest up to $100 billion in OpenAI", Cited: true)],
            [],
            ["path: offline"],
            "All numbers are grounded.",
            TimeSpan.FromMilliseconds(42),
            GuildId: 300,
            ChannelId: 600,
            "member"));
        store.Feedback.Vote(9002, "member", FeedbackStore.Down);
        store.Flush();
    }
}
