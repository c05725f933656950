namespace DealBot.Bot;

/// <summary>
/// The event handlers still running, so a shutdown can let answers in progress finish (within the host's shutdown
/// timeout) instead of leaving members with "thinking…" forever.
/// </summary>
internal sealed class InFlightWork
{
    private readonly HashSet<Task> _running = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _running.Count;
            }
        }
    }

    public void Track(Task work)
    {
        lock (_lock)
        {
            _running.Add(work);
        }

        work.ContinueWith(
            done =>
            {
                lock (_lock)
                {
                    _running.Remove(done);
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
    }

    public Task WhenAllAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_lock)
        {
            running = [.. _running];
        }

        return Task.WhenAll(running).WaitAsync(cancellationToken);
    }
}
