using System.Diagnostics.Metrics;
using DealBot.Core.Ingestion;
using DealBot.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DealBot.Tests.Telemetry;

/// <summary>Refresh duration and failures: what a refresh took, by outcome, and which ones failed.</summary>
public sealed class InstrumentedRefresherTests : IDisposable
{
    private static readonly IngestReport Published = new(1, 0, 3, 0, [], false, 5, 40, TimeSpan.FromSeconds(2), true);
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new();
    private readonly Mock<IKnowledgeRefresher> _inner = new();
    private readonly MetricCollector<double> _durations;
    private readonly MetricCollector<long> _failures;

    public InstrumentedRefresherTests()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        _durations = new MetricCollector<double>(meters, DealBotMetrics.MeterName, "dealbot.refresh.duration");
        _failures = new MetricCollector<long>(meters, DealBotMetrics.MeterName, "dealbot.refresh.failures");
    }

    public void Dispose()
    {
        _durations.Dispose();
        _failures.Dispose();
        _services.Dispose();
    }

    [Fact]
    public async Task RefreshAsync_Published_RecordsItsDurationAndNoFailure()
    {
        Returns(Published, takes: TimeSpan.FromSeconds(2.5));

        await Refresher().RefreshAsync(IngestRequest.SyncOnly);

        var duration = Assert.Single(_durations.GetMeasurementSnapshot());
        Assert.Equal(2.5, duration.Value, 3);
        Assert.Equal("published", duration.Tags["outcome"]);
        Assert.Empty(_failures.GetMeasurementSnapshot());
    }

    [Fact]
    public async Task RefreshAsync_RefusedByValidation_CountsAFailure()
    {
        Returns(Published with { Published = false, Blocked = "facts.yaml: line 3 is not valid YAML" }, takes: TimeSpan.FromSeconds(1));

        await Refresher().RefreshAsync(IngestRequest.SyncOnly);

        Assert.Equal("failed", Assert.Single(_durations.GetMeasurementSnapshot()).Tags["outcome"]);
        Assert.Equal(1, _failures.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task RefreshAsync_Throws_CountsAFailureAndRethrows()
    {
        _inner.Setup(r => r.RefreshAsync(It.IsAny<IngestRequest>(), It.IsAny<IProgress<IngestProgress>?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("No space left on device"));

        await Assert.ThrowsAsync<IOException>(() => Refresher().RefreshAsync(IngestRequest.SyncOnly));

        Assert.Equal("failed", Assert.Single(_durations.GetMeasurementSnapshot()).Tags["outcome"]);
        Assert.Equal(1, _failures.GetMeasurementSnapshot().EvaluateAsCounter());
    }

    [Fact]
    public async Task RefreshAsync_AnotherRefreshRunning_RecordsNothing()
    {
        Returns(IngestReport.Busy, takes: TimeSpan.Zero);

        var report = await Refresher().RefreshAsync(IngestRequest.SyncOnly);

        Assert.True(report.AlreadyRunning);
        Assert.Empty(_durations.GetMeasurementSnapshot());
        Assert.Empty(_failures.GetMeasurementSnapshot());
    }

    private void Returns(IngestReport report, TimeSpan takes) =>
        _inner.Setup(r => r.RefreshAsync(It.IsAny<IngestRequest>(), It.IsAny<IProgress<IngestProgress>?>(), It.IsAny<CancellationToken>()))
            .Callback(() => _time.Advance(takes))
            .ReturnsAsync(report);

    private InstrumentedRefresher Refresher() =>
        new(_inner.Object, new DealBotMetrics(_services.GetRequiredService<IMeterFactory>()), _time);
}
