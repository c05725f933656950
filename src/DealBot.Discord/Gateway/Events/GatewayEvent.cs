namespace DealBot.Discord.Gateway;

/// <summary>
/// A dispatch from the gateway, read from <see cref="IDiscordGatewayClient.Events"/>. Match on the concrete type;
/// dispatches the transport does not model are not surfaced.
/// </summary>
public abstract record GatewayEvent;
