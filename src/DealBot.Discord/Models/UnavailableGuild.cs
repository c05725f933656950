namespace DealBot.Discord.Models;

/// <summary>A guild stub: in READY, and in GUILD_DELETE.</summary>
public sealed record UnavailableGuild
{
    /// <summary>The guild id.</summary>
    public ulong Id { get; init; }

    /// <summary>
    /// In GUILD_DELETE: <see langword="true"/> for an outage, <see langword="false"/> when the bot was removed.
    /// </summary>
    public bool Unavailable { get; init; }
}
