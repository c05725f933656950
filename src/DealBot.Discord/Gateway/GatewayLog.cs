using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>Log messages of the gateway (EventIds 4000–4099). Gateway chatter is Debug; the token never appears.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(4000, LogLevel.Debug, "Gateway connecting to {Host} ({Mode})")]
    public static partial void Connecting(ILogger logger, string host, string mode);

    [LoggerMessage(4001, LogLevel.Debug, "Gateway Hello: heartbeat every {Interval}")]
    public static partial void Hello(ILogger logger, TimeSpan interval);

    [LoggerMessage(4002, LogLevel.Information, "Gateway ready as user {UserId} (application {ApplicationId}, shard {ShardId}/{ShardCount}, {GuildCount} guilds)")]
    public static partial void Ready(ILogger logger, ulong userId, ulong applicationId, int shardId, int shardCount, int guildCount);

    [LoggerMessage(4003, LogLevel.Information, "Gateway session resumed")]
    public static partial void Resumed(ILogger logger);

    [LoggerMessage(4004, LogLevel.Debug, "Gateway heartbeat requested by Discord (op 1)")]
    public static partial void HeartbeatRequested(ILogger logger);

    [LoggerMessage(4005, LogLevel.Warning, "Gateway connection is a zombie (no heartbeat ACK since the last beat); dropping it and resuming")]
    public static partial void Zombie(ILogger logger);

    [LoggerMessage(4006, LogLevel.Debug, "Gateway asked to reconnect (op 7)")]
    public static partial void ReconnectRequested(ILogger logger);

    [LoggerMessage(4007, LogLevel.Information, "Gateway invalidated the session (op 9, resumable: {Resumable})")]
    public static partial void InvalidSession(ILogger logger, bool resumable);

    [LoggerMessage(4008, LogLevel.Information, "Gateway connection ended: {Reason}; next: {Action}")]
    public static partial void ConnectionEnded(ILogger logger, string reason, string action);

    [LoggerMessage(4009, LogLevel.Critical, "{Reason} The bot will not reconnect.")]
    public static partial void Fatal(ILogger logger, string reason);

    [LoggerMessage(4010, LogLevel.Information, "Gateway reconnecting in {Delay}")]
    public static partial void ReconnectDelay(ILogger logger, TimeSpan delay);

    [LoggerMessage(4011, LogLevel.Warning, "Gateway could not connect: {Error}")]
    public static partial void ConnectFailed(ILogger logger, string error);

    [LoggerMessage(4012, LogLevel.Warning, "Gateway dispatch {EventName} could not be read and was skipped: {Error}")]
    public static partial void MalformedDispatch(ILogger logger, string eventName, string error);

    [LoggerMessage(4013, LogLevel.Debug, "Gateway dropped a replayed {EventName} {Id}")]
    public static partial void DuplicateDispatch(ILogger logger, string eventName, ulong id);

    [LoggerMessage(4014, LogLevel.Warning, "Gateway session abandoned after {Count} failed resumes; identifying anew")]
    public static partial void ResumeAbandoned(ILogger logger, int count);

    [LoggerMessage(4015, LogLevel.Warning, "Gateway frame could not be read: {Error}")]
    public static partial void MalformedFrame(ILogger logger, string error);

    [LoggerMessage(4016, LogLevel.Warning, "Gateway address lookup failed: {Error}")]
    public static partial void GatewayLookupFailed(ILogger logger, string error);

    [LoggerMessage(4019, LogLevel.Warning, "Discord's daily budget of new gateway sessions is spent; waiting {Wait} before identifying")]
    public static partial void SessionBudgetSpent(ILogger logger, TimeSpan wait);

    [LoggerMessage(4017, LogLevel.Debug, "Gateway identifying (intents {Intents}, shard {ShardId}/{ShardCount})")]
    public static partial void Identifying(ILogger logger, int intents, int shardId, int shardCount);

    [LoggerMessage(4018, LogLevel.Debug, "Gateway resuming at sequence {Sequence}")]
    public static partial void Resuming(ILogger logger, long? sequence);

    [LoggerMessage(4020, LogLevel.Warning, "Gateway event queue is full ({Capacity} events): the bot is not keeping up; the oldest waiting chat messages are dropped until it catches up (interactions and lifecycle events are never dropped)")]
    public static partial void EventQueueFull(ILogger logger, int capacity);

    [LoggerMessage(4021, LogLevel.Warning, "Gateway event queue caught up; {Dropped} chat messages were dropped while it was full")]
    public static partial void EventQueueDrained(ILogger logger, int dropped);
}
