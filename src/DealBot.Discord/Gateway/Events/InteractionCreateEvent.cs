using DealBot.Discord.Models;

namespace DealBot.Discord.Gateway;

/// <summary>INTERACTION_CREATE, delivered once per interaction id. Answer within 3 seconds (or defer).</summary>
/// <param name="Interaction">The interaction.</param>
public sealed record InteractionCreateEvent(DiscordInteraction Interaction) : GatewayEvent;
