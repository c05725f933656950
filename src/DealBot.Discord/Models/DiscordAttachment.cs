namespace DealBot.Discord.Models;

/// <summary>A file attached to a message or an interaction.</summary>
public sealed record DiscordAttachment
{
    /// <summary>The attachment id.</summary>
    public ulong Id { get; init; }

    /// <summary>The file name.</summary>
    public string Filename { get; init; } = string.Empty;

    /// <summary>Size in bytes.</summary>
    public long Size { get; init; }

    /// <summary>The CDN address to download it from (no bot token needed).</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The media type, if Discord knows it.</summary>
    public string? ContentType { get; init; }
}
