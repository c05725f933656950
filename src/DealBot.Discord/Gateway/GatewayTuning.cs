namespace DealBot.Discord.Gateway;

/// <summary>
/// Protocol constants in one place. The defaults follow Discord's documentation; tests shrink the waits.
/// </summary>
internal sealed record GatewayTuning
{
    /// <summary>Frames a client may send per <see cref="SendWindow"/> on one connection (else close 4008).</summary>
    public int SendLimit { get; init; } = 120;

    public TimeSpan SendWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Slots only heartbeats may use, so other sends can never starve them (about 1.5 beats a minute).</summary>
    public int HeartbeatReserve { get; init; } = 5;

    /// <summary>Client frames larger than this make Discord close with 4002.</summary>
    public int MaxFrameBytes { get; init; } = 4096;

    /// <summary>How long to wait for Hello before treating the connection as failed.</summary>
    public TimeSpan HelloTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a close frame may take before the socket is just dropped.</summary>
    public TimeSpan CloseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>After op 9 (not resumable): wait a random time in [min, max) before identifying again.</summary>
    public TimeSpan InvalidSessionMinDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The least time between two Identifies of this client (one shard: one per 5 s, whatever max_concurrency).</summary>
    public TimeSpan IdentifyInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Resumes in a row that may fail before the session is dropped and the bot identifies anew.</summary>
    public int MaxFailedResumes { get; init; } = 3;

    /// <summary>How many recent (event, id) pairs are remembered to drop dispatches replayed after a resume.</summary>
    public int DedupeCapacity { get; init; } = 4096;
}
