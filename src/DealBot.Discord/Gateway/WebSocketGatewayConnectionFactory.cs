using System.Net.WebSockets;

namespace DealBot.Discord.Gateway;

/// <summary>The default <see cref="IGatewayConnectionFactory"/>: a <see cref="ClientWebSocket"/>, uncompressed.</summary>
public sealed class WebSocketGatewayConnectionFactory : IGatewayConnectionFactory
{
    /// <inheritdoc />
    public async Task<IGatewayConnection> ConnectAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
            return new WebSocketGatewayConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
