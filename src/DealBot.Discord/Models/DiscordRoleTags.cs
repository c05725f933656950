namespace DealBot.Discord.Models;

/// <summary>Tags of a role.</summary>
public sealed record DiscordRoleTags
{
    /// <summary>
    /// The bot this managed role belongs to. Users often mention a bot through this role (<c>&lt;@&amp;id&gt;</c>).
    /// </summary>
    public ulong? BotId { get; init; }
}
