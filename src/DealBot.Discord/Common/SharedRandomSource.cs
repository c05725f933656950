namespace DealBot.Discord;

/// <summary>The default <see cref="IRandomSource"/>, backed by the thread-safe <see cref="Random.Shared"/>.</summary>
public sealed class SharedRandomSource : IRandomSource
{
    /// <inheritdoc />
    public double NextDouble() => Random.Shared.NextDouble();
}
