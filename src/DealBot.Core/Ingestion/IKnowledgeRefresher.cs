namespace DealBot.Core.Ingestion;

/// <summary>
/// Syncs the index with the knowledge directory. Only one refresh runs at a time (a second caller gets
/// <see cref="IngestReport.AlreadyRunning"/>); queries keep answering from the previous index until the new one is live.
/// </summary>
public interface IKnowledgeRefresher
{
    /// <summary>True while a refresh is running.</summary>
    bool IsRefreshing { get; }

    Task<IngestReport> RefreshAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Makes the previous index generation live again; false when there is none.</summary>
    Task<bool> RollbackAsync(CancellationToken cancellationToken = default);
}
