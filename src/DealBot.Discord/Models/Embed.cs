namespace DealBot.Discord.Models;

/// <summary>A rich embed. Limits: see <see cref="DiscordLimits"/>.</summary>
public sealed record Embed
{
    /// <summary>Title (≤256).</summary>
    public string? Title { get; init; }

    /// <summary>Description (≤4096).</summary>
    public string? Description { get; init; }

    /// <summary>Address the title links to.</summary>
    public string? Url { get; init; }

    /// <summary>Colour as 0xRRGGBB.</summary>
    public int? Color { get; init; }

    /// <summary>Fields (≤25).</summary>
    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>Footer.</summary>
    public EmbedFooter? Footer { get; init; }

    /// <summary>Author line.</summary>
    public EmbedAuthor? Author { get; init; }

    /// <summary>Timestamp shown in the footer.</summary>
    public DateTimeOffset? Timestamp { get; init; }
}
