namespace DealBot.Discord.Models;

/// <summary>An embed footer.</summary>
public sealed record EmbedFooter
{
    /// <summary>Text (≤2048).</summary>
    public required string Text { get; init; }

    /// <summary>Icon address.</summary>
    public string? IconUrl { get; init; }
}
