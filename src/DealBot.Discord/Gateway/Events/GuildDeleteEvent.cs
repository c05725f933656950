using DealBot.Discord.Models;

namespace DealBot.Discord.Gateway;

/// <summary>GUILD_DELETE: an outage (<c>Unavailable</c>), or the bot left or was removed.</summary>
/// <param name="Guild">The guild stub.</param>
public sealed record GuildDeleteEvent(UnavailableGuild Guild) : GatewayEvent;
