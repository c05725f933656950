using System.Diagnostics;
using DealBot.Core.Ingestion;

namespace DealBot.Telemetry;

/// <summary>
/// Wraps each knowledge refresh in the <c>refresh</c> span and records its duration and whether it failed (refused by
/// validation, or threw). A call that found another refresh running did no refresh, and is not counted as one.
/// </summary>
internal sealed class InstrumentedRefresher(IKnowledgeRefresher inner, DealBotMetrics metrics, TimeProvider time) : IKnowledgeRefresher
{
    public bool IsRefreshing => inner.IsRefreshing;

    public async Task<IngestReport> RefreshAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        using var activity = BotActivities.Source.StartActivity("refresh");
        var started = time.GetTimestamp();
        try
        {
            var report = await inner.RefreshAsync(request, progress, cancellationToken).ConfigureAwait(false);
            if (report.AlreadyRunning)
            {
                activity?.SetTag("dealbot.already_running", true);
                return report;
            }

            var failed = report.Blocked is not null;
            metrics.Refreshed(time.GetElapsedTime(started), failed);
            activity?.SetTag("dealbot.passages", report.PassageCount).SetTag("dealbot.failed_files", report.Failed.Count);
            if (failed)
            {
                activity?.SetStatus(ActivityStatusCode.Error, "blocked");
            }

            return report;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            metrics.Refreshed(time.GetElapsedTime(started), failed: true);
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
    }

    public Task<bool> RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);
}
