using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>
/// Handles op 0: records the session on READY/RESUMED, drops replays, and hands events to the channel the bot
/// reads. Writing to an unbounded channel never waits, so a slow handler cannot hold up the socket reader
/// (and with it heartbeat ACKs).
/// </summary>
internal sealed class GatewayDispatcher(
    GatewaySession session,
    GatewayStatusTracker status,
    ChannelWriter<GatewayEvent> events,
    GatewayTuning tuning,
    DiscordClientOptions options,
    ILogger logger)
{
    private readonly DispatchDeduplicator _deduplicator = new(tuning.DedupeCapacity);

    /// <summary>Returns whether the dispatch established the session (READY or RESUMED).</summary>
    public bool Dispatch(string name, JsonElement data)
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

        if (GatewayEventParser.DedupeId(gatewayEvent) is { } id && !_deduplicator.TryRegister(name, id))
        {
            GatewayLog.DuplicateDispatch(logger, name, id);
            return false;
        }

        var established = Record(gatewayEvent);
        events.TryWrite(gatewayEvent);
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
                return true;
            default:
                return false;
        }
    }
}
