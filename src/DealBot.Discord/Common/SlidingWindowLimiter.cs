namespace DealBot.Discord;

/// <summary>
/// Allows at most <c>limit</c> acquisitions in any window of the given length, counted by a log of
/// acquisition times. A sliding log (not a fixed window) is what guarantees the bound for every window,
/// including ones that straddle a reset. Callers can leave a reserve for priority work (heartbeats).
/// </summary>
internal sealed class SlidingWindowLimiter
{
    private readonly Lock _gate = new();
    private readonly LinkedList<long> _acquired = new();
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly TimeSpan _window;

    public SlidingWindowLimiter(TimeProvider time, int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _time = time;
        _limit = limit;
        _window = window;
    }

    public int Limit => _limit;

    /// <summary>Waits until a slot is free, leaving <paramref name="reserve"/> slots unused, and takes it.</summary>
    public async ValueTask AcquireAsync(int reserve, CancellationToken cancellationToken)
    {
        var allowed = Math.Max(1, _limit - reserve);
        while (true)
        {
            var wait = TryAcquire(allowed);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes a slot (stamped now) and returns zero, or returns how long to wait before trying again; leaves
    /// <paramref name="reserve"/> slots unused.
    /// </summary>
    public TimeSpan TryAcquireSlot(int reserve) => TryAcquire(Math.Max(1, _limit - reserve));

    /// <summary>
    /// Moves the newest slot to now: the work it was taken for has just finished (a frame has left), and the window
    /// the other side counts starts no earlier than that, however long the work took.
    /// </summary>
    public void RestampLatest()
    {
        lock (_gate)
        {
            if (_acquired.Last is { } latest)
            {
                latest.Value = Math.Max(latest.Value, _time.GetTimestamp());
            }
        }
    }

    private TimeSpan TryAcquire(int allowed)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            while (_acquired.First is { } oldest && _time.GetElapsedTime(oldest.Value, now) >= _window)
            {
                _acquired.RemoveFirst();
            }

            if (_acquired.Count < allowed)
            {
                _acquired.AddLast(now);
                return TimeSpan.Zero;
            }

            // The slot frees up when the entry that pushes us over the allowance leaves the window.
            var blocking = _acquired.ElementAt(_acquired.Count - allowed);
            var wait = _window - _time.GetElapsedTime(blocking, now);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1);
        }
    }
}
