using System.Buffers;
using System.Text.Json;

namespace DealBot.Discord.Gateway;

/// <summary>
/// Drives one gateway connection from Hello to its end and reports what should happen next. The read loop
/// is the only reader; heartbeats run beside it; every send goes through one <see cref="GatewaySender"/>.
/// </summary>
internal sealed partial class GatewayConnectionRunner(IGatewayConnection connection, bool resume, GatewayRuntime runtime)
{
    private const int ClientReconnectCloseStatus = 4900;
    private const int NormalCloseStatus = 1000;

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly CancellationTokenSource _abort = new();
    private GatewaySender _sender = null!;
    private HeartbeatLoop _heartbeat = null!;
    private Task _heartbeatTask = Task.CompletedTask;
    private Task _zombieClose = Task.CompletedTask;
    private CancellationTokenRegistration _helloTimeout;
    private volatile string? _abortReason;
    private bool _established;
    private bool _helloSeen;

    public async Task<ConnectionOutcome> RunAsync(CancellationToken stoppingToken)
    {
        using var abort = _abort;
        using var sender = new GatewaySender(connection, runtime.Time, runtime.Tuning);
        using var helloTimer = new CancellationTokenSource(runtime.Tuning.HelloTimeout, runtime.Time);
        _sender = sender;
        _heartbeat = new HeartbeatLoop(runtime.Time, runtime.Random, SendHeartbeatAsync, OnZombie);
        runtime.Status.Latency = () => _heartbeat.Latency;
        _helloTimeout = helloTimer.Token.Register(() => Abort("no Hello from the gateway in time"));

        var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stopRegistration = stoppingToken.Register(() => stopped.TrySetResult());
        var reading = ReadLoopAsync(_abort.Token);

        ConnectionOutcome outcome;
        if (await Task.WhenAny(reading, stopped.Task).ConfigureAwait(false) == reading)
        {
            outcome = await reading.ConfigureAwait(false);
            await CloseAsync(ClientReconnectCloseStatus).ConfigureAwait(false);
        }
        else
        {
            // Closing with 1000 ends the session, so Discord shows the bot offline at once.
            await CloseAsync(NormalCloseStatus).ConfigureAwait(false);
            await WaitForReaderAsync(reading).ConfigureAwait(false);
            outcome = new ConnectionOutcome(ReconnectAction.Stopped, "shutdown");
        }

        await _helloTimeout.DisposeAsync().ConfigureAwait(false);
        await _abort.CancelAsync().ConfigureAwait(false);
        await ObserveHeartbeatAsync().ConfigureAwait(false);
        await _zombieClose.ConfigureAwait(false);
        return outcome with { SessionEstablished = _established };
    }

    private async Task<ConnectionOutcome> ReadLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                _buffer.ResetWrittenCount();
                var result = await connection.ReceiveAsync(_buffer, cancellationToken).ConfigureAwait(false);
                if (result.IsClose)
                {
                    return CloseCodeClassifier.Classify(result.CloseStatus, result.CloseDescription);
                }

                if (await HandleFrameAsync(cancellationToken).ConfigureAwait(false) is { } outcome)
                {
                    return outcome;
                }
            }
        }
#pragma warning disable CA1031 // Any failure of the socket ends this connection the same way: resume on a new one.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var reason = _abortReason ?? "connection lost: " + runtime.Redactor.Redact(ex.Message);
            return new ConnectionOutcome(ReconnectAction.Resume, reason);
        }
    }

    private async ValueTask<ConnectionOutcome?> HandleFrameAsync(CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(_buffer.WrittenMemory);
        }
        catch (JsonException ex)
        {
            GatewayLog.MalformedFrame(runtime.Logger, ex.Message);
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (!root.TryGetProperty("op", out var op) || !op.TryGetInt32(out var opCode))
            {
                GatewayLog.MalformedFrame(runtime.Logger, "no opcode");
                return null;
            }

            root.TryGetProperty("d", out var data);
            return await HandleOpAsync((GatewayOpCode)opCode, root, data, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<ConnectionOutcome?> HandleOpAsync(
        GatewayOpCode op, JsonElement root, JsonElement data, CancellationToken cancellationToken)
    {
        switch (op)
        {
            case GatewayOpCode.Dispatch:
                await HandleDispatchAsync(root, data, cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpCode.Hello:
                await HandleHelloAsync(data, cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpCode.HeartbeatAck:
                _heartbeat.Acknowledge();
                return null;
            case GatewayOpCode.Heartbeat:
                GatewayLog.HeartbeatRequested(runtime.Logger);
                await _heartbeat.BeatNowAsync(cancellationToken).ConfigureAwait(false);
                return null;
            case GatewayOpCode.Reconnect:
                GatewayLog.ReconnectRequested(runtime.Logger);
                return new ConnectionOutcome(ReconnectAction.Resume, "Discord asked to reconnect (op 7)");
            case GatewayOpCode.InvalidSession:
                return InvalidSession(data.ValueKind == JsonValueKind.True);
            default:
                return null;
        }
    }
}
