using System.Text.Json;

namespace DealBot.Discord.Gateway;

/// <summary>The protocol steps of a connection: Hello, Identify/Resume, dispatch, invalid session, closing.</summary>
internal sealed partial class GatewayConnectionRunner
{
    private async ValueTask HandleDispatchAsync(JsonElement root, JsonElement data, CancellationToken cancellationToken)
    {
        if (root.TryGetProperty("t", out var t) && t.GetString() is { } name)
        {
            _established |= await runtime.Dispatcher.DispatchAsync(name, data, cancellationToken).ConfigureAwait(false);
        }

        // The sequence advances for every dispatch, also for ones the transport does not surface, but only once the
        // event is queued: if the connection ends while it waits for room, the resume asks Discord to replay it.
        if (root.TryGetProperty("s", out var s) && s.TryGetInt64(out var sequence))
        {
            runtime.Session.SetSequence(sequence);
        }
    }

    private async ValueTask HandleHelloAsync(JsonElement data, CancellationToken cancellationToken)
    {
        // Hello starts the session exactly once per connection; a repeated one must not start a second heartbeat.
        if (_helloSeen)
        {
            return;
        }

        _helloSeen = true;
        await _helloTimeout.DisposeAsync().ConfigureAwait(false);
        var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());
        GatewayLog.Hello(runtime.Logger, interval);
        _heartbeatTask = _heartbeat.RunAsync(interval, cancellationToken);

        var options = runtime.Options;
        var session = runtime.Session;
        byte[] frame;
        if (resume && session.SessionId is { } sessionId)
        {
            GatewayLog.Resuming(runtime.Logger, session.Sequence);
            frame = GatewayPayloads.Resume(options.Token, sessionId, session.Sequence);
        }
        else
        {
            runtime.Identifies.Sent();
            GatewayLog.Identifying(runtime.Logger, (int)runtime.Intents, options.ShardId, options.ShardCount);
            frame = GatewayPayloads.Identify(options.Token, runtime.Intents, options.ShardId, options.ShardCount);
        }

        await _sender.SendAsync(frame, isHeartbeat: false, cancellationToken).ConfigureAwait(false);
    }

    private ConnectionOutcome InvalidSession(bool resumable)
    {
        GatewayLog.InvalidSession(runtime.Logger, resumable);
        if (resumable)
        {
            return new ConnectionOutcome(ReconnectAction.Resume, "invalid session (resumable)");
        }

        runtime.Session.Clear();
        var tuning = runtime.Tuning;
        var wait = tuning.InvalidSessionMinDelay
            + ((tuning.InvalidSessionMaxDelay - tuning.InvalidSessionMinDelay) * runtime.Random.NextDouble());
        return new ConnectionOutcome(ReconnectAction.Identify, "invalid session") { Delay = wait };
    }

    private ValueTask SendHeartbeatAsync(CancellationToken cancellationToken)
        => _sender.SendAsync(GatewayPayloads.Heartbeat(runtime.Session.Sequence), isHeartbeat: true, cancellationToken);

    private void OnZombie()
    {
        GatewayLog.Zombie(runtime.Logger);
        _zombieClose = CloseZombieAsync();
    }

    // The documented way out of a zombie is a close with a code other than 1000/1001, which keeps the session
    // resumable. The frame is bounded by the close timeout; then the socket is dropped whether it went out or not.
    private async Task CloseZombieAsync()
    {
        const string Reason = "zombie connection: no heartbeat ACK";
        _abortReason ??= Reason;
        await CloseAsync(ClientReconnectCloseStatus).ConfigureAwait(false);
        Abort(Reason);
    }

    private void Abort(string reason)
    {
        _abortReason ??= reason;
        connection.Abort();
        _abort.Cancel();
    }

    private async Task CloseAsync(int status)
    {
        using var timeout = new CancellationTokenSource(runtime.Tuning.CloseTimeout, runtime.Time);
        try
        {
            await _sender.CloseAsync(status, timeout.Token).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The connection is being dropped either way; a failed close frame changes nothing.
        catch (Exception)
#pragma warning restore CA1031
        {
            connection.Abort();
        }
    }

    private async Task WaitForReaderAsync(Task<ConnectionOutcome> reading)
    {
        // After our close frame the server answers with its own, which ends the read loop; do not wait forever.
        var timeout = Task.Delay(runtime.Tuning.CloseTimeout, runtime.Time);
        if (await Task.WhenAny(reading, timeout).ConfigureAwait(false) != reading)
        {
            Abort("shutdown");
        }

        await reading.ConfigureAwait(false);
    }

    private async Task ObserveHeartbeatAsync()
    {
        try
        {
            await _heartbeatTask.ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Cancelled, or its send failed on a dead socket: the read loop already decided what happens next.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
