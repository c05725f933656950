namespace DealBot.Discord.Models;

/// <summary>A channel or thread, reduced to what is needed to map threads to their parent.</summary>
public sealed record DiscordChannel
{
    /// <summary>The channel id.</summary>
    public ulong Id { get; init; }

    /// <summary>The channel type.</summary>
    public ChannelType Type { get; init; }

    /// <summary>For a thread, the channel it lives in; for a channel, its category.</summary>
    public ulong? ParentId { get; init; }

    /// <summary>The channel name.</summary>
    public string? Name { get; init; }

    /// <summary>The guild, when Discord includes it.</summary>
    public ulong? GuildId { get; init; }
}
