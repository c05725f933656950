using DealBot.Discord.Gateway;

namespace DealBot.Discord.Testing;

/// <summary>The same short delay between failed attempts, so reconnect tests run in milliseconds.</summary>
public sealed class FixedReconnectStrategy(TimeSpan delay) : IReconnectStrategy
{
    public int Calls { get; private set; }

    public IEnumerable<TimeSpan> GetDelays()
    {
        Calls++;
        while (true)
        {
            yield return delay;
        }
    }
}
