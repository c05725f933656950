namespace DealBot.Discord.Gateway;

/// <summary>
/// 1, 2, 4, 8, 16, 32, 32, ... seconds, each stretched by up to 50% of random jitter so that many bots
/// (or shards) cut off together do not reconnect in lock-step.
/// </summary>
public sealed class ExponentialBackoffReconnectStrategy(IRandomSource random) : IReconnectStrategy
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(32);

    /// <inheritdoc />
    public IEnumerable<TimeSpan> GetDelays()
    {
        var delay = Initial;
        while (true)
        {
            yield return delay * (1 + (0.5 * random.NextDouble()));
            delay = delay * 2 > Cap ? Cap : delay * 2;
        }
    }
}
