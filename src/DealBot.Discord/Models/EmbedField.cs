namespace DealBot.Discord.Models;

/// <summary>An embed field.</summary>
public sealed record EmbedField
{
    /// <summary>Name (≤256).</summary>
    public required string Name { get; init; }

    /// <summary>Value (≤1024).</summary>
    public required string Value { get; init; }

    /// <summary>Whether the field may sit beside others.</summary>
    public bool? Inline { get; init; }
}
