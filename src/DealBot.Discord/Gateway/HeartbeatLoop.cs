namespace DealBot.Discord.Gateway;

/// <summary>
/// Heartbeats one connection: the first beat after <c>interval × random[0,1)</c> (so a fleet reconnecting
/// together does not beat in unison), then every interval. A beat that falls due with no ACK since the last one
/// means the connection is a zombie: <c>onZombie</c> is called and the loop ends.
/// </summary>
internal sealed class HeartbeatLoop(
    TimeProvider time,
    IRandomSource random,
    Func<CancellationToken, ValueTask> sendHeartbeat,
    Action onZombie)
{
    private int _acknowledged = 1;
    private long _lastBeat;
    private long _latencyTicks = -1;

    /// <summary>Time between the last beat and its ACK.</summary>
    public TimeSpan? Latency
    {
        get
        {
            var ticks = Interlocked.Read(ref _latencyTicks);
            return ticks < 0 ? null : TimeSpan.FromTicks(ticks);
        }
    }

    /// <summary>Op 11 arrived.</summary>
    public void Acknowledge()
    {
        Interlocked.Exchange(ref _latencyTicks, time.GetElapsedTime(Interlocked.Read(ref _lastBeat)).Ticks);
        Volatile.Write(ref _acknowledged, 1);
    }

    /// <summary>Op 1 arrived: Discord wants a beat now. The regular schedule is unchanged.</summary>
    public ValueTask BeatNowAsync(CancellationToken cancellationToken) => sendHeartbeat(cancellationToken);

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        await Task.Delay(interval * random.NextDouble(), time, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
            {
                onZombie();
                return;
            }

            Interlocked.Exchange(ref _lastBeat, time.GetTimestamp());
            await sendHeartbeat(cancellationToken).ConfigureAwait(false);
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
