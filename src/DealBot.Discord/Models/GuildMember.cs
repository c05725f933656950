namespace DealBot.Discord.Models;

/// <summary>A guild member as attached to messages and interactions.</summary>
public sealed record GuildMember
{
    /// <summary>The user; present on interactions, absent on MESSAGE_CREATE (the message author is the user).</summary>
    public DiscordUser? User { get; init; }

    /// <summary>The member's role ids.</summary>
    public IReadOnlyList<ulong> Roles { get; init; } = [];

    /// <summary>
    /// The member's effective permissions in the channel (interactions only), e.g. MANAGE_GUILD = 0x20,
    /// ADMINISTRATOR = 0x8.
    /// </summary>
    public ulong? Permissions { get; init; }

    /// <summary>The guild nickname, if any.</summary>
    public string? Nick { get; init; }
}
