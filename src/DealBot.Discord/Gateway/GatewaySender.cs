namespace DealBot.Discord.Gateway;

/// <summary>
/// The only way frames leave a connection: checks the 4096-byte frame limit, takes a slot of the
/// 120-per-60-s budget (heartbeats may use the reserve, other frames may not), and serializes sends,
/// because a WebSocket allows one SendAsync at a time. One sender per connection, like Discord's budget.
/// </summary>
internal sealed class GatewaySender : IDisposable
{
    private readonly IGatewayConnection _connection;
    private readonly SlidingWindowLimiter _limiter;
    private readonly GatewayTuning _tuning;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public GatewaySender(IGatewayConnection connection, TimeProvider time, GatewayTuning tuning)
    {
        _connection = connection;
        _tuning = tuning;
        _time = time;
        _limiter = new SlidingWindowLimiter(time, tuning.SendLimit, tuning.SendWindow);
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> frame, bool isHeartbeat, CancellationToken cancellationToken)
    {
        if (frame.Length > _tuning.MaxFrameBytes)
        {
            throw new ArgumentException($"Gateway frames must not exceed {_tuning.MaxFrameBytes} bytes.", nameof(frame));
        }

        var reserve = isHeartbeat ? 0 : _tuning.HeartbeatReserve;
        while (true)
        {
            TimeSpan wait;
            await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // The slot is stamped right before the frame leaves, so the log matches what Discord counts.
                wait = _limiter.TryAcquireSlot(reserve);
                if (wait <= TimeSpan.Zero)
                {
                    await _connection.SendAsync(frame, cancellationToken).ConfigureAwait(false);

                    // A send that took a while counts from when it left, so 120 a minute holds on Discord's side too.
                    _limiter.RestampLatest();
                    return;
                }
            }
            finally
            {
                _sendLock.Release();
            }

            // Waiting for budget happens outside the lock, so a frame short of budget never holds up a heartbeat.
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sends a close frame; it is a send too, so it waits for the lock (but not for the budget).</summary>
    public async Task CloseAsync(int closeStatus, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _connection.CloseAsync(closeStatus, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();
}
