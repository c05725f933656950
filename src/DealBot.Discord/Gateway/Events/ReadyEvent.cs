using DealBot.Discord.Models;

namespace DealBot.Discord.Gateway;

/// <summary>READY: a new session; GUILD_CREATE events follow for each guild.</summary>
/// <param name="Ready">The payload.</param>
public sealed record ReadyEvent(ReadyPayload Ready) : GatewayEvent;
