using System.Buffers;
using System.Net.WebSockets;

namespace DealBot.Discord.Gateway;

/// <summary><see cref="IGatewayConnection"/> over a <see cref="WebSocket"/>.</summary>
internal sealed class WebSocketGatewayConnection(WebSocket socket) : IGatewayConnection
{
    // Small reads keep memory flat for ordinary events; READY and GUILD_CREATE grow the writer as needed.
    private const int ReadSize = 16 * 1024;

    public ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default)
        => socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public async ValueTask<GatewayReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        while (true)
        {
            var memory = destination.GetMemory(ReadSize);
            var result = await socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return GatewayReceiveResult.Closed((int?)socket.CloseStatus, socket.CloseStatusDescription);
            }

            destination.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return GatewayReceiveResult.Message;
            }
        }
    }

    public async Task CloseAsync(int closeStatus, CancellationToken cancellationToken = default)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            // CloseOutputAsync does not wait for the server's close frame, which may never come.
            await socket.CloseOutputAsync((WebSocketCloseStatus)closeStatus, statusDescription: null, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    public void Abort() => socket.Abort();

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
