using System.Threading.Channels;

namespace DealBot.Discord.Gateway;

/// <summary>
/// The gateway connection of one shard: connects, identifies, heartbeats, resumes and reconnects on its own, and
/// surfaces dispatches as typed events. The host runs <see cref="RunAsync"/> (for instance in a
/// BackgroundService) and reads <see cref="Events"/> in another loop.
/// </summary>
public interface IDiscordGatewayClient
{
    /// <summary>
    /// Dispatches in the order they arrived; MESSAGE_CREATE and INTERACTION_CREATE at most once per id. Completes
    /// when <see cref="RunAsync"/> ends. At most <see cref="DiscordClientOptions.EventQueueCapacity"/> events wait
    /// here: when it is full, the oldest waiting MESSAGE_CREATE is dropped to make room (counted, and logged once per
    /// burst); INTERACTION_CREATE and lifecycle events (READY, RESUMED, GUILD_CREATE, ...) are never dropped, and
    /// when only they fill it the socket reader waits for room. Heartbeats are sent regardless.
    /// </summary>
    ChannelReader<GatewayEvent> Events { get; }

    /// <summary>The connection state; <see cref="GatewayConnectionState.Fatal"/> carries what to fix.</summary>
    GatewayStatus Status { get; }

    /// <summary>The bot's user id, known after the first READY.</summary>
    ulong? BotUserId { get; }

    /// <summary>The application id, known after the first READY.</summary>
    ulong? ApplicationId { get; }

    /// <summary>Time between the last heartbeat and its ACK.</summary>
    TimeSpan? Latency { get; }

    /// <summary>
    /// Connects and keeps the connection alive until <paramref name="cancellationToken"/> is cancelled (then it
    /// closes with 1000 and returns) or Discord refuses the bot for good (then <see cref="Status"/> is
    /// <see cref="GatewayConnectionState.Fatal"/> and it returns). May be called once.
    /// </summary>
    Task RunAsync(CancellationToken cancellationToken = default);
}
