using DealBot.Knowledge.Tests.Ingestion;
using DealBot.Knowledge.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// A small knowledge base with two published generations (the alpha article titled <see cref="OlderTitle"/>, then
/// <see cref="LiveTitle"/>), and hosts that log to a collector, for damaging the data directory and checking what
/// a restarted process makes of it.
/// </summary>
internal sealed class StoreFaultRig : IDisposable
{
    public const string OlderTitle = "Alpha: the older generation";
    public const string LiveTitle = "Alpha: the live generation";

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 9, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly List<KnowledgeHost> _hosts = [];

    public SyncFixture Kb { get; } = new();

    public string IndexDirectory => Kb.IndexDirectory;

    public string Older { get; private set; } = string.Empty;

    public string Live { get; private set; } = string.Empty;

    public string LiveFile => Path.Combine(IndexDirectory, $"gen-{Live}.bin");

    public string OlderFile => Path.Combine(IndexDirectory, $"gen-{Older}.bin");

    public string PointerFile => Path.Combine(IndexDirectory, "CURRENT");

    /// <summary>Publishes the two generations with a host of its own, then lets it go, as a finished process would.</summary>
    public async Task PublishTwoAsync()
    {
        using var host = NewHost();
        Kb.Write("alpha-en.md", SyncFixture.Alpha(OlderTitle));
        await host.RefreshAsync();
        Older = (await host.Store.GetStatusAsync()).Version!;
        _time.Advance(TimeSpan.FromMinutes(1));
        Kb.Write("alpha-en.md", SyncFixture.Alpha(LiveTitle));
        await host.RefreshAsync();
        Live = (await host.Store.GetStatusAsync()).Version!;
        Assert.NotEqual(Older, Live);
        _time.Advance(TimeSpan.FromMinutes(1));
    }

    /// <summary>A new process over the same directories, logging into its own collector.</summary>
    public KnowledgeHost NewHost()
    {
        var host = Kb.NewHost(configure: s =>
        {
            s.AddSingleton<TimeProvider>(_time);
            s.AddLogging(b => b.AddFakeLogging());
        });
        _hosts.Add(host);
        return host;
    }

    /// <summary>Log records at warning or above: what an operator sees on stderr.</summary>
    public static IReadOnlyList<FakeLogRecord> Problems(KnowledgeHost host) =>
        [.. host.Get<FakeLogCollector>().GetSnapshot().Where(r => r.Level >= LogLevel.Warning)];

    /// <summary>Exactly one problem line, naming <paramref name="fragment"/>, with no exception attached (so no stack trace).</summary>
    public static FakeLogRecord AssertOneLine(KnowledgeHost host, string fragment)
    {
        var record = Assert.Single(Problems(host));
        Assert.Null(record.Exception);
        Assert.Contains(fragment, record.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', record.Message);
        return record;
    }

    /// <summary>The knowledge base answers a question about the alpha article from <paramref name="title"/>'s generation.</summary>
    public async Task AssertAnswersAsync(KnowledgeHost host, string title)
    {
        var hits = await Kb.SearchAsync(SyncFixture.AlphaWord, host);
        var hit = Assert.Single(hits, h => h.Passage.Text.Contains(SyncFixture.AlphaWord, StringComparison.Ordinal));
        Assert.Equal(("alpha-en", title), (hit.Passage.SourceId, hit.Passage.Title));
    }

    public void Dispose()
    {
        foreach (var host in _hosts)
        {
            host.Dispose();
        }

        Kb.Dispose();
    }
}
