namespace DealBot.Discord.Models;

/// <summary>The READY dispatch payload.</summary>
public sealed record ReadyPayload
{
    /// <summary>The gateway version.</summary>
    public int V { get; init; }

    /// <summary>The bot user.</summary>
    public DiscordUser User { get; init; } = new();

    /// <summary>Guild stubs; a GUILD_CREATE follows for each.</summary>
    public IReadOnlyList<UnavailableGuild> Guilds { get; init; } = [];

    /// <summary>The session id, used to resume.</summary>
    public string SessionId { get; init; } = string.Empty;

    /// <summary>The address to resume on.</summary>
    public string ResumeGatewayUrl { get; init; } = string.Empty;

    /// <summary>The shard pair <c>[id, count]</c>, when sharding.</summary>
    public IReadOnlyList<int>? Shard { get; init; }

    /// <summary>The application.</summary>
    public ReadyApplication Application { get; init; } = new();
}
