namespace DealBot.Discord.Testing;

/// <summary>Always returns the same value, so jitter is predictable.</summary>
public sealed class FixedRandomSource(double value) : IRandomSource
{
    public double NextDouble() => value;
}
