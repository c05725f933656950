namespace DealBot.Discord.Rest;

/// <summary>
/// What applies beyond one route: the bot's global 50 requests per second and the pause after a global 429, which
/// interaction routes are exempt from (Rate Limits, "Global Rate Limit"); and the pause after Cloudflare's HTML
/// 429, which restricts the whole IP address and so holds every request, interactions included.
/// </summary>
internal sealed class GlobalRateLimit(TimeProvider time)
{
    private const int RequestsPerSecond = 50;

    private readonly GlobalRequestWindow _perSecond = new(time, RequestsPerSecond, TimeSpan.FromSeconds(1));
    private long _botPausedUntil;
    private long _addressPausedUntil;

    /// <summary>A global 429: the bot's requests wait, interaction callbacks and follow-ups do not.</summary>
    public void PauseBot(TimeSpan delay) => Extend(ref _botPausedUntil, delay);

    /// <summary>A Cloudflare ban: nothing from this address may go out until it ends.</summary>
    public void PauseAddress(TimeSpan delay) => Extend(ref _addressPausedUntil, delay);

    public async ValueTask WaitWhilePausedAsync(bool isInteraction, CancellationToken cancellationToken)
    {
        while (true)
        {
            var until = Interlocked.Read(ref _addressPausedUntil);
            if (!isInteraction)
            {
                until = Math.Max(until, Interlocked.Read(ref _botPausedUntil));
            }

            var remaining = time.GetElapsedTime(time.GetTimestamp(), until);
            if (remaining <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(remaining, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Lets one request out under the 50 a second; dispose the slot when its answer has come back.</summary>
    public ValueTask<IDisposable> AcquireAsync(CancellationToken cancellationToken) => _perSecond.AcquireAsync(cancellationToken);

    private void Extend(ref long pausedUntil, TimeSpan delay)
    {
        var until = time.GetTimestamp() + (long)(delay.TotalSeconds * time.TimestampFrequency);
        long current;
        do
        {
            current = Interlocked.Read(ref pausedUntil);
            if (current >= until)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref pausedUntil, until, current) != current);
    }
}
