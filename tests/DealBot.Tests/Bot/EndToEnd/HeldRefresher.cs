using DealBot.Core.Ingestion;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// The real refresher, except that the first refresh waits at the door until <see cref="Release"/>: a way to
/// have a refresh running for exactly as long as a test needs, on a machine of any speed.
/// </summary>
internal sealed class HeldRefresher(IKnowledgeRefresher inner) : IKnowledgeRefresher
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _holding;

    public bool IsRefreshing => Volatile.Read(ref _holding) == 1 || inner.IsRefreshing;

    /// <summary>Completes when the first refresh has started and is being held.</summary>
    public Task Entered => _entered.Task;

    public void Release() => _released.TrySetResult();

    public async Task<IngestReport> RefreshAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _holding, 1, 0) == 0 && !_entered.Task.IsCompleted)
        {
            try
            {
                _entered.TrySetResult();
                await _released.Task.WaitAsync(cancellationToken);
            }
            finally
            {
                Volatile.Write(ref _holding, 0);
            }
        }

        return await inner.RefreshAsync(request, progress, cancellationToken);
    }

    public Task<bool> RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);
}
