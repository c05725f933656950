namespace DealBot.Discord.Models;

/// <summary>An embed author line.</summary>
public sealed record EmbedAuthor
{
    /// <summary>Name (≤256).</summary>
    public required string Name { get; init; }

    /// <summary>Address the name links to.</summary>
    public string? Url { get; init; }
}
