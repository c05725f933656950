using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;

namespace DealBot.Discord.Testing;

/// <summary>
/// One client connection to the fake gateway. Records every frame the client sends (with arrival time), answers
/// heartbeats unless <see cref="WithholdAcks"/> is set, and lets a test send Hello, dispatches, op 7, op 9 or a
/// close code whenever it likes.
/// </summary>
public sealed class FakeGatewayConnection
{
    private readonly WebSocket _socket;
    private readonly FakeGateway _gateway;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Stopwatch _sinceConnected = Stopwatch.StartNew();
    private readonly List<GatewayFrame> _frames = [];
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal FakeGatewayConnection(WebSocket socket, FakeGateway gateway, string path, string query, int index)
    {
        _socket = socket;
        _gateway = gateway;
        Path = path;
        Query = query;
        Index = index;
    }

    /// <summary>"/gateway" or "/resume".</summary>
    public string Path { get; }

    public string Query { get; }

    /// <summary>0 for the first connection the fake accepted, then 1, 2, ...</summary>
    public int Index { get; }

    /// <summary>Stop answering heartbeats (to make the connection look like a zombie to the client).</summary>
    public bool WithholdAcks { get; set; }

    /// <summary>Completes with the client's close code (null when the client just dropped the socket).</summary>
    public Task<int?> Closed => _closed.Task;

    public IReadOnlyList<GatewayFrame> Frames
    {
        get { lock (_frames) { return [.. _frames]; } }
    }

    public Task SendHelloAsync(int heartbeatIntervalMs)
        => SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatIntervalMs } });

    /// <summary>Sends a dispatch; without <paramref name="sequence"/> the gateway's next sequence number is used.</summary>
    public async Task<SentDispatch> SendDispatchAsync(string eventName, object data, long? sequence = null)
    {
        var s = sequence ?? _gateway.NextSequence();
        var sent = new SentDispatch(eventName, s, Stopwatch.GetTimestamp());
        await SendAsync(new { op = 0, t = eventName, s, d = data });
        return sent;
    }

    public Task SendHeartbeatRequestAsync() => SendAsync(new { op = 1, d = (object?)null });

    public Task SendReconnectAsync() => SendAsync(new { op = 7, d = (object?)null });

    public Task SendInvalidSessionAsync(bool resumable) => SendAsync(new { op = 9, d = resumable });

    public async Task SendAsync(object payload)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes from the server side with a gateway close code (4000, 4004, 4014, ...).</summary>
    public async Task CloseAsync(int closeCode, string reason = "")
    {
        await _sendLock.WaitAsync();
        try
        {
            await _socket.CloseOutputAsync((WebSocketCloseStatus)closeCode, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Waits for a frame the client sent (already received or still to come).</summary>
    public async Task<GatewayFrame> WaitForFrameAsync(Func<GatewayFrame, bool> predicate, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? FakeGateway.DefaultTimeout;
        while (true)
        {
            var match = Frames.FirstOrDefault(predicate);
            if (match is not null)
            {
                return match;
            }

            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException($"Connection {Index} ({Path}) got no matching frame in {limit}. Frames: {string.Join(" | ", Frames.Select(f => f.Raw))}");
            }

            await Task.Delay(10);
        }
    }

    public Task<GatewayFrame> WaitForOpAsync(int op, TimeSpan? timeout = null) => WaitForFrameAsync(f => f.Op == op, timeout);

    internal async Task RunAsync(CancellationToken stopping)
    {
        if (_gateway.SendHelloOnConnect)
        {
            await SendHelloAsync(_gateway.HeartbeatIntervalMs);
        }

        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await _socket.ReceiveAsync(buffer, stopping);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult((int?)result.CloseStatus);
                    await AnswerCloseAsync();
                    return;
                }

                var frame = GatewayFrame.Parse(message.ToArray(), DateTimeOffset.UtcNow, _sinceConnected.Elapsed);
                lock (_frames)
                {
                    _frames.Add(frame);
                }

                await _gateway.OnFrameAsync(this, frame);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // The client aborted (zombie handling) or the server is stopping.
            _closed.TrySetResult(null);
        }
    }

    private async Task AnswerCloseAsync()
    {
        await _sendLock.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
