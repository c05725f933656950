namespace DealBot.Discord.Gateway;

/// <summary>The state a health check and the bot read: connection state, bot user and application ids, latency.</summary>
internal sealed class GatewayStatusTracker
{
    private readonly Lock _lock = new();
    private GatewayStatus _status = new(GatewayConnectionState.Disconnected, null);
    private ulong? _botUserId;
    private ulong? _applicationId;

    public GatewayStatus Status
    {
        get { lock (_lock) { return _status; } }
    }

    public ulong? BotUserId
    {
        get { lock (_lock) { return _botUserId; } }
    }

    public ulong? ApplicationId
    {
        get { lock (_lock) { return _applicationId; } }
    }

    public Func<TimeSpan?> Latency { get; set; } = static () => null;

    public void Set(GatewayConnectionState state, string? reason = null)
    {
        lock (_lock)
        {
            // Fatal is final: nothing may flip it back to a hopeful state.
            if (_status.State != GatewayConnectionState.Fatal)
            {
                _status = new GatewayStatus(state, reason);
            }
        }
    }

    public void SetIdentity(ulong botUserId, ulong applicationId)
    {
        lock (_lock)
        {
            _botUserId = botUserId;
            _applicationId = applicationId;
        }
    }
}
