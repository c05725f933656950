namespace DealBot.Discord.Models;

/// <summary>The bot's application (<c>GET /applications/@me</c>), reduced.</summary>
public sealed record DiscordApplication
{
    /// <summary>The application id.</summary>
    public ulong Id { get; init; }

    /// <summary>The application name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Application flags (the message-content intent flags live here).</summary>
    public long Flags { get; init; }
}
