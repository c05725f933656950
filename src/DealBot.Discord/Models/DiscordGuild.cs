namespace DealBot.Discord.Models;

/// <summary>A guild as sent by GUILD_CREATE (reduced).</summary>
public sealed record DiscordGuild
{
    /// <summary>The guild id.</summary>
    public ulong Id { get; init; }

    /// <summary>The guild name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the guild is unavailable due to an outage.</summary>
    public bool Unavailable { get; init; }

    /// <summary>The guild's roles (including the bot's managed role).</summary>
    public IReadOnlyList<DiscordRole> Roles { get; init; } = [];

    /// <summary>The guild's channels.</summary>
    public IReadOnlyList<DiscordChannel> Channels { get; init; } = [];

    /// <summary>The active threads the bot can see.</summary>
    public IReadOnlyList<DiscordChannel> Threads { get; init; } = [];
}
