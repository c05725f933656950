namespace DealBot.Discord.Gateway;

/// <summary>
/// Spaces this client's Identify frames: Discord accepts <c>max_concurrency</c> Identifies per 5 seconds, one per
/// rate-limit key, and this client is one shard, so one key (Gateway, "Rate Limiting" and "Max Concurrency").
/// Too soon and the gateway answers op 9, which costs another Identify out of the 1000 a day.
/// </summary>
internal sealed class IdentifyThrottle(TimeProvider time, TimeSpan interval)
{
    private long _lastIdentify = -1;

    /// <summary>
    /// Waits until an Identify may go out. Called before connecting, so no open connection waits (its heartbeat
    /// ACKs unread) while the turn comes.
    /// </summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastIdentify);
        if (last < 0)
        {
            return;
        }

        var wait = interval - time.GetElapsedTime(last);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An Identify is going out now.</summary>
    public void Sent() => Interlocked.Exchange(ref _lastIdentify, time.GetTimestamp());
}
