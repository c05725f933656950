using System.Buffers;

namespace DealBot.Discord.Gateway;

/// <summary>
/// One open gateway socket. The seam between the protocol logic and <see cref="System.Net.WebSockets.ClientWebSocket"/>,
/// so the protocol can be driven by another socket implementation. Sends are serialized by the caller.
/// </summary>
public interface IGatewayConnection : IAsyncDisposable
{
    /// <summary>Sends one text frame.</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one whole message (all fragments, until end of message) into <paramref name="destination"/>, or
    /// reports that the server closed the connection.
    /// </summary>
    ValueTask<GatewayReceiveResult> ReceiveAsync(IBufferWriter<byte> destination, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends a close frame with <paramref name="closeStatus"/> without waiting for the server's answer. A code other
    /// than 1000/1001 keeps the session resumable.
    /// </summary>
    Task CloseAsync(int closeStatus, CancellationToken cancellationToken = default);

    /// <summary>Drops the connection at once (a zombied connection would never answer a close).</summary>
    void Abort();
}
