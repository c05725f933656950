namespace DealBot.Discord.Models;

/// <summary>A guild role.</summary>
public sealed record DiscordRole
{
    /// <summary>The role id.</summary>
    public ulong Id { get; init; }

    /// <summary>The role name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether an integration (such as a bot) manages the role.</summary>
    public bool Managed { get; init; }

    /// <summary>Tags that say what manages the role.</summary>
    public DiscordRoleTags? Tags { get; init; }
}
