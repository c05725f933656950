namespace DealBot.Discord.Gateway;

/// <summary>Where the gateway connection stands.</summary>
public enum GatewayConnectionState
{
    /// <summary>Not connected (not started yet, between reconnects, or stopped).</summary>
    Disconnected,

    /// <summary>Connecting, identifying or resuming.</summary>
    Connecting,

    /// <summary>READY or RESUMED received: events are flowing.</summary>
    Connected,

    /// <summary>Discord refused the bot for a reason a restart will not fix; see <see cref="GatewayStatus.Reason"/>.</summary>
    Fatal,
}
