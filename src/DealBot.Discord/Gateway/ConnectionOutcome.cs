namespace DealBot.Discord.Gateway;

/// <summary>How one gateway connection ended and what should happen next.</summary>
/// <param name="Action">Resume, identify, stop for good, or shut down.</param>
/// <param name="Reason">A loggable reason (no secrets).</param>
internal sealed record ConnectionOutcome(ReconnectAction Action, string Reason)
{
    /// <summary>Whether the connection reached READY or RESUMED (resets the backoff).</summary>
    public bool SessionEstablished { get; init; }

    /// <summary>Whether the socket could not be opened at all.</summary>
    public bool ConnectFailed { get; init; }

    /// <summary>An extra wait the protocol asks for before the next attempt (invalid session).</summary>
    public TimeSpan Delay { get; init; }
}
