using DealBot.Core.Ingestion;

namespace DealBot.Tests.Faults;

/// <summary>A refresher whose refreshes fail with a system fault (a full disk), as a real one can.</summary>
internal sealed class FailingRefresher(IKnowledgeRefresher inner, Exception fault) : IKnowledgeRefresher
{
    public bool IsRefreshing => inner.IsRefreshing;

    public Task<IngestReport> RefreshAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Task.FromException<IngestReport>(fault);

    public Task<bool> RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);
}
