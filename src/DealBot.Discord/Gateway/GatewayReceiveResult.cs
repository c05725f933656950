namespace DealBot.Discord.Gateway;

/// <summary>What <see cref="IGatewayConnection.ReceiveAsync"/> read: a message, or the server's close.</summary>
/// <param name="IsClose">Whether the server closed the connection.</param>
/// <param name="CloseStatus">The close code, if the server sent one.</param>
/// <param name="CloseDescription">The close reason text, if any.</param>
public readonly record struct GatewayReceiveResult(bool IsClose, int? CloseStatus, string? CloseDescription)
{
    /// <summary>A complete message was read.</summary>
    public static GatewayReceiveResult Message => default;

    /// <summary>The server closed the connection.</summary>
    public static GatewayReceiveResult Closed(int? status, string? description) => new(true, status, description);
}
