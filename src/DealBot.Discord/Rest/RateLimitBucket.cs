namespace DealBot.Discord.Rest;

/// <summary>
/// One rate-limit bucket (a bucket hash for one top-level resource). Requests in a bucket run one at a time,
/// which is also the rule for a bucket whose limits are not known yet; when <c>Remaining</c> reaches 0 the
/// next request waits <c>Reset-After</c> (relative, so immune to clock skew).
/// </summary>
internal sealed class RateLimitBucket(TimeProvider time)
{
    private readonly Lock _lock = new();
    private int? _remaining;
    private long _resetAt;

    /// <summary>Held for the whole request, so a bucket has at most one request in flight.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long LastUsed { get; private set; } = time.GetTimestamp();

    public void Update(RateLimitHeaders headers)
    {
        if (headers.Remaining is not { } remaining || headers.ResetAfter is not { } resetAfter)
        {
            return;
        }

        lock (_lock)
        {
            _remaining = remaining;
            _resetAt = After(resetAfter);
        }
    }

    /// <summary>Blocks the bucket for <paramref name="delay"/> (a per-route 429).</summary>
    public void PauseFor(TimeSpan delay)
    {
        lock (_lock)
        {
            _remaining = 0;
            _resetAt = Math.Max(_resetAt, After(delay));
        }
    }

    /// <summary>Waits until the bucket has a request left. Call while holding <see cref="Gate"/>.</summary>
    public async ValueTask WaitForCapacityAsync(CancellationToken cancellationToken)
    {
        LastUsed = time.GetTimestamp();
        var delay = GetDelay();
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan GetDelay()
    {
        lock (_lock)
        {
            if (_remaining != 0)
            {
                return TimeSpan.Zero;
            }

            var delay = time.GetElapsedTime(time.GetTimestamp(), _resetAt);
            if (delay <= TimeSpan.Zero)
            {
                // The window reset: the limit is unknown again until the next response says otherwise.
                _remaining = null;
                return TimeSpan.Zero;
            }

            return delay;
        }
    }

    private long After(TimeSpan delay) => time.GetTimestamp() + (long)(delay.TotalSeconds * time.TimestampFrequency);
}
