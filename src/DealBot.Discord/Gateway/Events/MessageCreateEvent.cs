using DealBot.Discord.Models;

namespace DealBot.Discord.Gateway;

/// <summary>MESSAGE_CREATE, delivered once per message id even when a resume replays it.</summary>
/// <param name="Message">The message.</param>
public sealed record MessageCreateEvent(DiscordMessage Message) : GatewayEvent;
