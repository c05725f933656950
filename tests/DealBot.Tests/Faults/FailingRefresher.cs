using DealBot.Core.Ingestion;

namespace DealBot.Tests.Faults;

/// <summary>
/// A refresher whose refreshes (and, when asked, rollbacks) fail with a system fault (a full disk, a read-only data
/// directory), as a real one can.
/// </summary>
internal sealed class FailingRefresher(IKnowledgeRefresher inner, Exception fault, bool rollbackFails = false) : IKnowledgeRefresher
{
    public bool IsRefreshing => inner.IsRefreshing;

    public Task<IngestReport> RefreshAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.FromException<IngestReport>(fault);

    public Task<bool> RollbackAsync(CancellationToken cancellationToken = default) =>
        rollbackFails ? Task.FromException<bool>(fault) : inner.RollbackAsync(cancellationToken);
}
