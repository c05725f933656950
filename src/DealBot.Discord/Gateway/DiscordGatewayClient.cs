using System.Threading.Channels;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Gateway;

/// <summary>
/// The reconnect loop behind <see cref="IDiscordGatewayClient"/>: one <see cref="GatewayConnector"/> attempt after
/// another, the backoff between failed attempts, and a stop on fatal close codes.
/// </summary>
internal sealed class DiscordGatewayClient : IDiscordGatewayClient
{
    private readonly GatewayEventQueue _events;
    private readonly GatewayConnector _connector;
    private readonly IReconnectStrategy _reconnectStrategy;
    private readonly GatewayRuntime _runtime;
    private readonly DiscordMetrics _metrics;
    private readonly ILogger _logger;
    private int _started;

    public DiscordGatewayClient(
        IGatewayConnectionFactory connections,
        IDiscordRestClient rest,
        IReconnectStrategy reconnectStrategy,
        IRandomSource random,
        TimeProvider time,
        IOptions<DiscordClientOptions> options,
        GatewayTuning tuning,
        DiscordMetrics metrics,
        ILogger<DiscordGatewayClient> logger)
    {
        _reconnectStrategy = reconnectStrategy;
        _metrics = metrics;
        _logger = logger;
        _events = new GatewayEventQueue(options.Value.EventQueueCapacity, logger);
        var session = new GatewaySession();
        var status = new GatewayStatusTracker();
        var dispatcher = new GatewayDispatcher(session, status, _events, tuning, options.Value, metrics, logger);
        _runtime = new GatewayRuntime(
            session, dispatcher, status, time, random, tuning, options.Value, new SecretRedactor(options.Value.Token),
            new IdentifyThrottle(time, tuning.IdentifyInterval), logger);
        _connector = new GatewayConnector(connections, new GatewayAddressResolver(rest, _runtime.Redactor, time, logger), _runtime);
    }

    public ChannelReader<GatewayEvent> Events => _events.Reader;

    public GatewayStatus Status => _runtime.Status.Status;

    public ulong? BotUserId => _runtime.Status.BotUserId;

    public ulong? ApplicationId => _runtime.Status.ApplicationId;

    public TimeSpan? Latency => _runtime.Status.Latency();

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _started, 1) == 1)
        {
            throw new InvalidOperationException("The gateway client runs once; create another for another shard.");
        }

        try
        {
            await ReconnectLoopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _runtime.Status.Set(GatewayConnectionState.Disconnected, "stopped");
            _events.Complete();
        }
    }

    private async Task ReconnectLoopAsync(CancellationToken cancellationToken)
    {
        using var backoff = new BackoffSequence(_reconnectStrategy);
        while (!cancellationToken.IsCancellationRequested)
        {
            var outcome = await _connector.ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
            if (outcome.Action == ReconnectAction.Stopped)
            {
                return;
            }

            if (outcome.Action == ReconnectAction.Fatal)
            {
                _runtime.Status.Set(GatewayConnectionState.Fatal, outcome.Reason);
                GatewayLog.Fatal(_logger, outcome.Reason);
                return;
            }

            GatewayLog.ConnectionEnded(_logger, outcome.Reason, outcome.Action.ToString());
            _runtime.Status.Set(GatewayConnectionState.Disconnected, outcome.Reason);

            _metrics.Reconnecting();

            // A connection that worked earns an immediate retry; repeated failures back off.
            var delay = outcome.Delay;
            if (outcome.SessionEstablished)
            {
                backoff.Reset();
            }
            else
            {
                delay += backoff.Next();
            }

            if (delay > TimeSpan.Zero)
            {
                GatewayLog.ReconnectDelay(_logger, delay);
                try
                {
                    await Task.Delay(delay, _runtime.Time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }
}
