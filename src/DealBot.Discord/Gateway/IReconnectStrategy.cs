namespace DealBot.Discord.Gateway;

/// <summary>
/// The waits between failed connection attempts. The sequence starts over after a connection reaches READY or
/// RESUMED; when it runs out, its last delay repeats.
/// </summary>
public interface IReconnectStrategy
{
    /// <summary>The delays before the 1st, 2nd, ... retry after a failure.</summary>
    IEnumerable<TimeSpan> GetDelays();
}
