namespace DealBot.Discord.Models;

/// <summary>A Discord user (only the fields the transport surfaces).</summary>
public sealed record DiscordUser
{
    /// <summary>The user's id.</summary>
    public ulong Id { get; init; }

    /// <summary>The unique user name.</summary>
    public string Username { get; init; } = string.Empty;

    /// <summary>The display name, if the user set one.</summary>
    public string? GlobalName { get; init; }

    /// <summary>Whether the user is a bot account.</summary>
    public bool Bot { get; init; }

    /// <summary>Whether the user is Discord's official system user.</summary>
    public bool System { get; init; }
}
