namespace DealBot.Discord.Gateway;

/// <summary>
/// Exponential backoff with "equal jitter": the ceiling doubles 1, 2, 4, ... up to 32 seconds, and each delay
/// is drawn from [ceiling/2, ceiling), so many bots (or shards) cut off together do not reconnect in lock-step
/// and no delay exceeds the cap.
/// </summary>
public sealed class ExponentialBackoffReconnectStrategy(IRandomSource random) : IReconnectStrategy
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(32);

    /// <inheritdoc />
    public IEnumerable<TimeSpan> GetDelays()
    {
        var ceiling = Initial;
        while (true)
        {
            yield return ceiling * (0.5 + (0.5 * random.NextDouble()));
            ceiling = ceiling * 2 > Cap ? Cap : ceiling * 2;
        }
    }
}
