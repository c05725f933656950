using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>Builds the index on first use, so a fresh clone answers without a separate `ingest` step.</summary>
internal static class IndexBootstrap
{
    public static async Task EnsureIndexAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<IPassageStore>();
        var status = await store.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (status.Ready)
        {
            return;
        }

        // The first run, or a data directory with no intact index left (the store has said why in one line).
        await Console.Error.WriteLineAsync("Building the knowledge index...").ConfigureAwait(false);
        var refresher = services.GetRequiredService<IKnowledgeRefresher>();
        var report = await IngestProgressDisplay.RunAsync(p => refresher.RefreshAsync(IngestRequest.SyncOnly, p, cancellationToken)).ConfigureAwait(false);
        if (report.AlreadyRunning)
        {
            throw new UserErrorException("the index is being built by another process; try again in a few seconds");
        }

        if (report.Blocked is { } reason)
        {
            // There is no previous index to fall back on: nothing can be answered until the file is fixed.
            throw new UserErrorException($"the knowledge index could not be built: {reason}");
        }

        foreach (var failure in report.Failed)
        {
            await Console.Error.WriteLineAsync($"  skipped {failure.File}: {failure.Reason}").ConfigureAwait(false);
        }

        // Remarks on single articles (no published date) are for the moderator's `ingest`, not for every first question.
        foreach (var warning in report.Warnings.Where(w => w.File is null))
        {
            await Console.Error.WriteLineAsync($"dealbot: warning: {OneLine.Of(warning.Message, 2000)}").ConfigureAwait(false);
        }
    }
}
