using System.Net;
using System.Threading.Channels;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Gateway;

/// <summary>
/// The reconnect loop: picks resume or identify, waits the backoff between failed attempts, stops on fatal
/// close codes, and hands each connection to a <see cref="GatewayConnectionRunner"/>.
/// </summary>
internal sealed class DiscordGatewayClient : IDiscordGatewayClient
{
    private readonly Channel<GatewayEvent> _events = Channel.CreateUnbounded<GatewayEvent>(
        new UnboundedChannelOptions { SingleWriter = true, SingleReader = false });

    private readonly IGatewayConnectionFactory _connections;
    private readonly IDiscordRestClient _rest;
    private readonly IReconnectStrategy _reconnectStrategy;
    private readonly GatewayRuntime _runtime;
    private readonly ILogger _logger;
    private Uri? _gatewayUrl;
    private int _started;

    public DiscordGatewayClient(
        IGatewayConnectionFactory connections,
        IDiscordRestClient rest,
        IReconnectStrategy reconnectStrategy,
        IRandomSource random,
        TimeProvider time,
        IOptions<DiscordClientOptions> options,
        GatewayTuning tuning,
        ILogger<DiscordGatewayClient> logger)
    {
        _connections = connections;
        _rest = rest;
        _reconnectStrategy = reconnectStrategy;
        _logger = logger;
        var session = new GatewaySession();
        var status = new GatewayStatusTracker();
        var dispatcher = new GatewayDispatcher(session, status, _events.Writer, tuning, options.Value, logger);
        _runtime = new GatewayRuntime(
            session, dispatcher, status, time, random, tuning, options.Value, new SecretRedactor(options.Value.Token), logger);
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
            _events.Writer.TryComplete();
        }
    }

    private async Task ReconnectLoopAsync(CancellationToken cancellationToken)
    {
        using var backoff = new BackoffSequence(_reconnectStrategy);
        while (!cancellationToken.IsCancellationRequested)
        {
            var outcome = await ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task<ConnectionOutcome> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        var session = _runtime.Session;
        var resume = session.CanResume;
        var url = resume ? session.ResumeUrl : null;
        if (url is null)
        {
            resume = false;
            var (gatewayUrl, failure) = await GetGatewayUrlAsync(cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return failure;
            }

            url = gatewayUrl!;
        }

        GatewayLog.Connecting(_logger, url.Host, resume ? "resume" : "identify");
        _runtime.Status.Set(GatewayConnectionState.Connecting);
        IGatewayConnection connection;
        try
        {
            connection = await _connections.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(ReconnectAction.Stopped, "shutdown");
        }
#pragma warning disable CA1031 // Whatever broke the connect, the answer is the same: back off and try again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            GatewayLog.ConnectFailed(_logger, _runtime.Redactor.Redact(ex.Message));
            ForgetAddress(resume);
            return new ConnectionOutcome(ReconnectAction.Resume, "could not connect") { ConnectFailed = true };
        }

        ConnectionOutcome outcome;
        await using (connection.ConfigureAwait(false))
        {
            outcome = await new GatewayConnectionRunner(connection, resume, _runtime).RunAsync(cancellationToken).ConfigureAwait(false);
        }

        AfterConnection(outcome, resume);
        return outcome;
    }

    private void AfterConnection(ConnectionOutcome outcome, bool resumed)
    {
        if (outcome.Action == ReconnectAction.Identify)
        {
            _runtime.Session.Clear();
        }
        else if (outcome.Action == ReconnectAction.Resume && resumed && !outcome.SessionEstablished
            && _runtime.Session.OnResumeFailed(_runtime.Tuning.MaxFailedResumes))
        {
            GatewayLog.ResumeAbandoned(_logger, _runtime.Tuning.MaxFailedResumes);
        }
    }

    /// <summary>An unreachable resume address means identify on the main one; an unreachable main one, look it up again.</summary>
    private void ForgetAddress(bool resumeAddress)
    {
        if (resumeAddress)
        {
            _runtime.Session.Clear();
        }
        else
        {
            _gatewayUrl = null;
        }
    }

    private async Task<(Uri? Url, ConnectionOutcome? Failure)> GetGatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (_gatewayUrl is not null)
        {
            return (_gatewayUrl, null);
        }

        try
        {
            var info = await _rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            if (!GatewayUrls.TryForConnect(info.Url, out var url))
            {
                GatewayLog.GatewayLookupFailed(_logger, "the answer held no WebSocket address");
                return (null, new ConnectionOutcome(ReconnectAction.Identify, "no gateway address"));
            }

            _gatewayUrl = url;
            return (url, null);
        }
        catch (DiscordRestException ex) when (ex.StatusCode == HttpStatusCode.Unauthorized)
        {
            return (null, new ConnectionOutcome(ReconnectAction.Fatal, "GET /gateway/bot answered 401. " + CloseCodeClassifier.InvalidTokenHint));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (null, new ConnectionOutcome(ReconnectAction.Stopped, "shutdown"));
        }
#pragma warning disable CA1031 // Network trouble or a Discord outage: back off and look again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            GatewayLog.GatewayLookupFailed(_logger, _runtime.Redactor.Redact(ex.Message));
            return (null, new ConnectionOutcome(ReconnectAction.Identify, "gateway address lookup failed") { ConnectFailed = true });
        }
    }
}
