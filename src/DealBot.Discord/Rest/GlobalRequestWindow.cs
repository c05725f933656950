namespace DealBot.Discord.Rest;

/// <summary>
/// At most <c>limit</c> requests in any second as Discord receives them. A request counts from the moment it is let
/// out until one window after its answer came back: Discord saw it somewhere in between, and only this bound holds
/// for every window on Discord's side. Stamping requests when they are let out (a plain sliding log) lets network
/// jitter bunch up to a second's worth of requests behind a slow one, and Discord answers the overshoot with global 429s.
/// </summary>
internal sealed class GlobalRequestWindow
{
    // How often a caller held back only by requests still in flight looks again.
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(10);

    private readonly Lock _gate = new();
    private readonly Queue<long> _answered = new();
    private readonly TimeProvider _time;
    private readonly int _limit;
    private readonly TimeSpan _window;
    private int _inFlight;

    public GlobalRequestWindow(TimeProvider time, int limit, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _time = time;
        _limit = limit;
        _window = window;
    }

    /// <summary>Requests let out whose answer has not come back yet.</summary>
    public int InFlight
    {
        get { lock (_gate) { return _inFlight; } }
    }

    /// <summary>Waits for room and lets one request out; dispose the slot when its answer (or failure) comes back.</summary>
    public async ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = TryAcquire();
            if (wait <= TimeSpan.Zero)
            {
                return new Slot(this);
            }

            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan TryAcquire()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            while (_answered.Count > 0 && _time.GetElapsedTime(_answered.Peek(), now) >= _window)
            {
                _answered.Dequeue();
            }

            if (_inFlight + _answered.Count < _limit)
            {
                _inFlight++;
                return TimeSpan.Zero;
            }

            if (_answered.Count == 0)
            {
                return InFlightPoll;
            }

            var wait = _window - _time.GetElapsedTime(_answered.Peek(), now);
            return wait > TimeSpan.Zero ? wait : TimeSpan.FromTicks(1);
        }
    }

    private void Answered()
    {
        lock (_gate)
        {
            _inFlight--;
            _answered.Enqueue(_time.GetTimestamp());
        }
    }

    private sealed class Slot(GlobalRequestWindow window) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                window.Answered();
            }
        }
    }
}
