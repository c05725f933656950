namespace DealBot.Discord.Gateway;

/// <summary>The connection state, and for <see cref="GatewayConnectionState.Fatal"/> what to fix.</summary>
/// <param name="State">The state.</param>
/// <param name="Reason">Why it is fatal (or the last disconnect reason), for a health check.</param>
public sealed record GatewayStatus(GatewayConnectionState State, string? Reason);
