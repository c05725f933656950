using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Cli;
using DealBot.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Bot;

/// <summary>
/// Builds the knowledge index before the bot connects when there is none, and logs what the build left out: the files
/// it skipped and the problems it reported are the operator's only sign that an article is not being served.
/// </summary>
internal sealed class StartupIndex(IPassageStore store, IKnowledgeRefresher refresher, ILogger<StartupIndex> logger)
{
    /// <exception cref="UserErrorException">Nothing could be published and there is no previous index to serve.</exception>
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var status = await store.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (status.Ready)
        {
            return;
        }

        BotLog.BuildingIndex(logger);
        var report = await refresher.RefreshAsync(IngestRequest.SyncOnly, progress: null, cancellationToken).ConfigureAwait(false);
        if (report.Blocked is { } reason)
        {
            // No previous index to keep answering with: the operator must fix the file first.
            throw new UserErrorException($"the knowledge index could not be built: {reason}");
        }

        foreach (var failure in report.Failed)
        {
            BotLog.IndexFileSkipped(logger, failure.File, OneLine.Of(failure.Reason, 500));
        }

        foreach (var warning in report.Warnings)
        {
            BotLog.IndexWarning(logger, warning.File ?? "the refresh", OneLine.Of(warning.Message, 2000));
        }

        BotLog.IndexBuilt(logger, report.PassageCount, report.Failed.Count);
    }
}
