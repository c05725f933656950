namespace DealBot.Discord;

/// <summary>
/// Source of randomness for jitter (first heartbeat, reconnect backoff, invalid-session wait).
/// A seam so tests can make the jitter deterministic.
/// </summary>
public interface IRandomSource
{
    /// <summary>Returns a number in [0, 1).</summary>
    double NextDouble();
}
