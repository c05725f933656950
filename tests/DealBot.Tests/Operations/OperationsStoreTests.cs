using DealBot.Answering.Evaluation;
using DealBot.Cli;
using DealBot.Core.Answers;
using DealBot.Operations;
using DealBot.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Tests.Operations;

/// <summary>The operations store on a real SQLite file: restarts, migrations, the bounded queue, votes and retention.</summary>
public sealed class OperationsStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 10, 1, 12, 0, 0, TimeSpan.Zero));

    private string DatabaseFile => _folder.File(OperationsDatabase.FileName);

    [Fact]
    public async Task Audit_records_conversations_and_votes_survive_a_restart()
    {
        string memberHash;
        using (var before = Store())
        {
            memberHash = before.Hasher.Hash(4242);
            Assert.True(before.Audit.Record(Record(answerId: 900, messageIds: [900, 901], memberHash)));
            before.Conversations.Save([900, 901], [new ConversationTurn("How much will Nvidia invest?", "Up to US$100 billion.")]);
            Assert.True(before.Feedback.Vote(901, memberHash, FeedbackStore.Up));
            Assert.Equal(3, before.Flush());
        }

        using var after = Store();
        var record = await after.Audit.FindAsync(901, CancellationToken.None);

        Assert.NotNull(record);
        Assert.Equal([900UL, 901UL], record.MessageIds);
        Assert.Equal("How much will Nvidia invest?", record.Question);
        Assert.Equal("offline", record.Path);
        Assert.Equal(memberHash, record.MemberHash);
        Assert.Contains(record.Passages, p => p.Cited && p.Quote.Contains("100 billion", StringComparison.Ordinal));
        Assert.Equal(["Figures.Find(entity=nvidia) -> F1"], record.ToolCalls);
        Assert.Equal("Up to US$100 billion.", Assert.Single(after.Conversations.Load(900)!).Answer);
        Assert.Equal((1, 0), await after.Feedback.CountAsync(901, CancellationToken.None));
        Assert.Equal(memberHash, after.Hasher.Hash(4242));
    }

    [Fact]
    public async Task A_database_of_the_previous_schema_version_is_migrated_in_place_and_keeps_its_records()
    {
        Directory.CreateDirectory(_folder.Root);
        using (var old = new SqliteConnection($"Data Source={DatabaseFile}"))
        {
            old.Open();
            using var command = old.CreateCommand();
            command.CommandText = SchemaMigrations.Steps[0] + """
                PRAGMA user_version = 1;
                INSERT INTO audit VALUES (77, 1759320000000, 'When?', 'In 2026.', 'answered', 'offline', 'en', '[]', '["path: offline"]', NULL, 12, NULL, 5, NULL);
                INSERT INTO answer_messages VALUES (77, 77);
                INSERT INTO conversations VALUES (77, '[{"Question":"When?","Answer":"In 2026."}]', 1759320000000);
                """;
            command.ExecuteNonQuery();
        }

        using var store = Store();
        var record = await store.Audit.FindAsync(77, CancellationToken.None);
        store.Feedback.Vote(77, "member", FeedbackStore.Down);
        store.Flush();

        using var connection = store.Get<OperationsDatabase>().Open();
        Assert.Equal(SchemaMigrations.CurrentVersion, OperationsDatabase.VersionOf(connection));
        Assert.Equal("In 2026.", record!.Answer);
        Assert.Empty(record.ToolCalls);
        Assert.Equal("When?", Assert.Single(store.Conversations.Load(77)!).Question);
        Assert.Equal((0, 1), await store.Feedback.CountAsync(77, CancellationToken.None));
        Assert.Equal("wal", Pragma(connection, "journal_mode"));
    }

    [Fact]
    public async Task A_full_write_queue_drops_the_new_record_counts_it_and_keeps_the_ones_already_queued()
    {
        using var store = Store(new Dictionary<string, string?> { ["Operations:WriteQueueCapacity"] = "2" });
        using var dropped = new MetricCollector<long>(store.Get<System.Diagnostics.Metrics.IMeterFactory>(), DealBotMetrics.MeterName, "dealbot.store.dropped");

        var first = store.Audit.Record(Record(1, [1], "m"));
        var second = store.Audit.Record(Record(2, [2], "m"));
        var third = store.Audit.Record(Record(3, [3], "m"));

        Assert.True(first && second);
        Assert.False(third);
        Assert.Equal(1, store.Queue.Dropped);
        Assert.Equal(1, Assert.Single(dropped.GetMeasurementSnapshot()).Value);
        Assert.Equal(2, store.Flush());
        Assert.NotNull(await store.Audit.FindAsync(2, CancellationToken.None));
        Assert.Null(await store.Audit.FindAsync(3, CancellationToken.None));
        Assert.True(store.Audit.Record(Record(3, [3], "m")));
    }

    [Fact]
    public async Task A_members_second_vote_replaces_the_first_and_a_reason_turns_it_into_a_thumbs_down()
    {
        using var store = Store();
        store.Audit.Record(Record(10, [10], "asker"));
        store.Feedback.Vote(10, "alice", FeedbackStore.Up);
        store.Feedback.Vote(10, "alice", FeedbackStore.Down);
        store.Feedback.Vote(10, "bob", FeedbackStore.Up);
        store.Feedback.Comment(10, "bob", "the number is wrong");
        store.Flush();

        var dislikes = await store.Feedback.RecentDislikesAsync(10, CancellationToken.None);

        Assert.Equal((0, 2), await store.Feedback.CountAsync(10, CancellationToken.None));
        Assert.Equal(2, dislikes.Count);
        Assert.All(dislikes, d => Assert.Equal("How much will Nvidia invest?", d.Question));
        Assert.Contains(dislikes, d => d.Comment == "the number is wrong");
    }

    [Fact]
    public async Task The_retention_job_deletes_records_older_than_the_retention_period_and_keeps_newer_ones()
    {
        using var store = Store(new Dictionary<string, string?> { ["Operations:RetentionDays"] = "30" });
        store.Audit.Record(Record(1, [1], "m") with { AskedAt = _time.GetUtcNow() });
        store.Feedback.Vote(1, "m", FeedbackStore.Down);
        store.Conversations.Save([1], [new ConversationTurn("q", "a")]);
        store.Flush();
        _time.Advance(TimeSpan.FromDays(20));
        store.Audit.Record(Record(2, [2], "m") with { AskedAt = _time.GetUtcNow() });
        store.Flush();
        _time.Advance(TimeSpan.FromDays(11));

        var deleted = store.Retention.Sweep();

        Assert.Equal(4, deleted);
        Assert.Null(await store.Audit.FindAsync(1, CancellationToken.None));
        Assert.Null(store.Conversations.Load(1));
        Assert.Equal((0, 0), await store.Feedback.CountAsync(1, CancellationToken.None));
        Assert.NotNull(await store.Audit.FindAsync(2, CancellationToken.None));
    }

    [Fact]
    public void Member_hashes_are_keyed_stable_and_do_not_contain_the_id()
    {
        using var generated = Store();
        var hash = generated.Hasher.Hash(123456789);
        using var keyed = new OperationsStoreHarness(_folder.File("other.db"), _time, new Dictionary<string, string?> { ["Operations:MemberHashKey"] = "a key of our own" });

        Assert.Equal(hash, generated.Hasher.Hash(123456789));
        Assert.NotEqual(hash, generated.Hasher.Hash(123456780));
        Assert.NotEqual(hash, keyed.Hasher.Hash(123456789));
        Assert.DoesNotContain("123456789", hash, StringComparison.Ordinal);
        Assert.Equal(32, hash.Length);
    }

    [Fact]
    public async Task The_feedback_export_is_an_expectation_file_that_eval_reads()
    {
        using var store = Store();
        store.Audit.Record(Record(5, [5, 6], "asker"));
        store.Feedback.Vote(6, "alice", FeedbackStore.Down);
        store.Feedback.Comment(6, "bob", "missed the second tranche");
        store.Feedback.Vote(7, "carol", FeedbackStore.Down);
        store.Flush();

        var lines = FeedbackVerb.Skeleton(await store.Feedback.DislikesSinceAsync(_time.GetUtcNow().AddDays(-1), CancellationToken.None));
        var expectations = Expectation.ParseLines(lines);

        var expectation = Assert.Single(expectations);
        Assert.Equal("feedback-6", expectation.Id);
        Assert.Equal("How much will Nvidia invest?", expectation.Question);
        Assert.Equal(["answered"], expectation.Expect);
        Assert.Contains("missed the second tranche", lines[0], StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private OperationsStoreHarness Store(IDictionary<string, string?>? settings = null) => new(DatabaseFile, _time, settings);

    private AuditRecord Record(ulong answerId, ulong[] messageIds, string memberHash) => new(
        answerId,
        messageIds,
        _time.GetUtcNow(),
        "How much will Nvidia invest?",
        "Up to US$100 billion.",
        "answered",
        "offline",
        "en",
        [new AuditPassage("reuters-2025-09-22", Guid.NewGuid().ToString("D"), "Nvidia will invest up to $100 billion", Cited: true)],
        ["Figures.Find(entity=nvidia) -> F1"],
        ["path: offline", "Figures.Find(entity=nvidia) -> F1"],
        "All numbers are grounded.",
        TimeSpan.FromMilliseconds(42),
        GuildId: 300,
        ChannelId: 600,
        memberHash);

    private static string Pragma(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (string)command.ExecuteScalar()!;
    }
}
