using DealBot.Discord.Models;

namespace DealBot.Discord.Gateway;

/// <summary>GUILD_CREATE: a guild became available or the bot joined it.</summary>
/// <param name="Guild">The guild with its roles, channels and threads.</param>
public sealed record GuildCreateEvent(DiscordGuild Guild) : GatewayEvent;
