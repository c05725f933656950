using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>
/// Handles op 0: records the session on READY/RESUMED, drops replays, and hands events to the bounded queue the bot
/// reads (<see cref="GatewayEventQueue"/>, whose policy when full keeps the socket reader from waiting on a slow
/// handler except for events that must never be lost).
/// </summary>
internal sealed class GatewayDispatcher(
    GatewaySession session,
    GatewayStatusTracker status,
    GatewayEventQueue events,
    GatewayTuning tuning,
    DiscordClientOptions options,
    DiscordMetrics metrics,
    ILogger logger)
{
    private readonly DispatchDeduplicator _deduplicator = new(tuning.DedupeCapacity);

    /// <summary>Returns whether the dispatch established the session (READY or RESUMED).</summary>
    public async ValueTask<bool> DispatchAsync(string name, JsonElement data, CancellationToken cancellationToken)
    {
        GatewayEvent? gatewayEvent;
        try
        {
            gatewayEvent = GatewayEventParser.Parse(name, data);
        }
        catch (JsonException ex)
        {
            GatewayLog.MalformedDispatch(logger, name, ex.Message);
            return false;
        }

        if (gatewayEvent is null)
        {
            return false;
        }

        var id = GatewayEventParser.DedupeId(gatewayEvent);
        if (id is { } seen && _deduplicator.Seen(name, seen))
        {
            GatewayLog.DuplicateDispatch(logger, name, seen);
            return false;
        }

        var established = Record(gatewayEvent);
        await events.WriteAsync(gatewayEvent, cancellationToken).ConfigureAwait(false);

        // Registered once queued: an event whose wait for room was cut short by a lost connection is replayed on
        // resume, and must not then be taken for a duplicate.
        if (id is { } queued)
        {
            _deduplicator.TryRegister(name, queued);
        }

        return established;
    }

    private bool Record(GatewayEvent gatewayEvent)
    {
        switch (gatewayEvent)
        {
            case ReadyEvent { Ready: var ready }:
                if (GatewayUrls.TryForConnect(ready.ResumeGatewayUrl, out var resumeUrl))
                {
                    session.OnReady(ready.SessionId, resumeUrl);
                }
                else
                {
                    // Without a resume address the session cannot be resumed: the next connection identifies.
                    session.Clear();
                }

                status.SetIdentity(ready.User.Id, ready.Application.Id);
                status.Set(GatewayConnectionState.Connected);
                GatewayLog.Ready(logger, ready.User.Id, ready.Application.Id, options.ShardId, options.ShardCount, ready.Guilds.Count);
                return true;
            case ResumedEvent:
                session.OnResumed();
                status.Set(GatewayConnectionState.Connected);
                GatewayLog.Resumed(logger);
                metrics.Resumed();
                return true;
            default:
                return false;
        }
    }
}
