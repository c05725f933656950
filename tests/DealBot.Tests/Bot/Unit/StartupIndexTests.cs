using DealBot.Bot;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Moq;

namespace DealBot.Tests.Bot.Unit;

public sealed class StartupIndexTests
{
    [Fact]
    public async Task EnsureAsync_NoIndexYet_LogsEverySkippedFileAndEveryWarningOfTheBuild()
    {
        var report = new IngestReport(3, 0, 0, 0, [new IngestFailure("broken.md", "front matter: line 2 is not 'key: value'")], false, 12, 12, TimeSpan.FromSeconds(1), true)
        {
            Warnings = [new IngestWarning("undated.txt", "no published date found"), IngestWarning.OfRefresh("the refresh state could not be saved")],
        };
        var (index, logs) = Create(ready: false, report);

        await index.EnsureAsync(CancellationToken.None);

        var lines = logs.GetSnapshot();
        var skipped = Assert.Single(lines, l => l.Id.Id == 7017);
        Assert.Equal(LogLevel.Warning, skipped.Level);
        Assert.Contains("broken.md", skipped.Message, StringComparison.Ordinal);
        Assert.Contains("line 2 is not", skipped.Message, StringComparison.Ordinal);
        var warnings = lines.Where(l => l.Id.Id == 7018).Select(l => l.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains("undated.txt", StringComparison.Ordinal) && w.Contains("no published date", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("refresh state could not be saved", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EnsureAsync_IndexAlreadyServed_BuildsNothing()
    {
        var (index, logs) = Create(ready: true, IngestReport.Busy);

        await index.EnsureAsync(CancellationToken.None);

        Assert.Empty(logs.GetSnapshot());
    }

    [Fact]
    public async Task EnsureAsync_BuildBlocked_StopsWithTheReason()
    {
        var blocked = new IngestReport(0, 0, 0, 0, [], false, 0, 0, TimeSpan.Zero, false) { Blocked = "facts.yaml: duplicate id 'total'" };
        var (index, _) = Create(ready: false, blocked);

        var error = await Assert.ThrowsAnyAsync<Exception>(() => index.EnsureAsync(CancellationToken.None));

        Assert.Contains("duplicate id 'total'", error.Message, StringComparison.Ordinal);
    }

    private static (StartupIndex Index, FakeLogCollector Logs) Create(bool ready, IngestReport report)
    {
        var store = new Mock<IPassageStore>();
        store.Setup(s => s.GetStatusAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreStatus("embedded", ready, ready ? "v1" : null, ready ? 12 : 0, null, null));
        var refresher = new Mock<IKnowledgeRefresher>();
        refresher.Setup(r => r.RefreshAsync(It.IsAny<IngestRequest>(), It.IsAny<IProgress<IngestProgress>?>(), It.IsAny<CancellationToken>())).ReturnsAsync(report);
        var logs = new FakeLogCollector();
        return (new StartupIndex(store.Object, refresher.Object, new FakeLogger<StartupIndex>(logs)), logs);
    }
}
