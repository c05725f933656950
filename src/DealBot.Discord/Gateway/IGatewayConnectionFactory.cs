namespace DealBot.Discord.Gateway;

/// <summary>Opens gateway connections.</summary>
public interface IGatewayConnectionFactory
{
    /// <summary>Connects to <paramref name="uri"/> (already carrying <c>?v=10&amp;encoding=json</c>).</summary>
    Task<IGatewayConnection> ConnectAsync(Uri uri, CancellationToken cancellationToken = default);
}
