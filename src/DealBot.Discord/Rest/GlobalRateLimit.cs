namespace DealBot.Discord.Rest;

/// <summary>
/// What applies to every request of the bot: the global 50 requests per second (interaction routes are
/// exempt), and a pause of all queues after a global 429 or a Cloudflare ban.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time)
{
    private const int RequestsPerSecond = 50;

    private readonly SlidingWindowLimiter _perSecond = new(time, RequestsPerSecond, TimeSpan.FromSeconds(1));
    private long _pausedUntil;

    public void Pause(TimeSpan delay)
    {
        var until = time.GetTimestamp() + (long)(delay.TotalSeconds * time.TimestampFrequency);
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntil);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pausedUntil, until, current) != current);
    }

    public async ValueTask WaitWhilePausedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var remaining = time.GetElapsedTime(time.GetTimestamp(), Interlocked.Read(ref _pausedUntil));
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(remaining, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask AcquireAsync(CancellationToken cancellationToken) => _perSecond.AcquireAsync(0, cancellationToken);
}
