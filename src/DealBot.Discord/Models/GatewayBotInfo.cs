namespace DealBot.Discord.Models;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
public sealed record GatewayBotInfo
{
    /// <summary>The gateway address, without version or encoding.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>The recommended shard count.</summary>
    public int Shards { get; init; }

    /// <summary>The Identify budget.</summary>
    public SessionStartLimit? SessionStartLimit { get; init; }
}
