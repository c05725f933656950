namespace DealBot.Discord.Models;

/// <summary>An interaction, as delivered by INTERACTION_CREATE.</summary>
public sealed record DiscordInteraction
{
    /// <summary>The interaction id.</summary>
    public ulong Id { get; init; }

    /// <summary>The application the interaction is for.</summary>
    public ulong ApplicationId { get; init; }

    /// <summary>The interaction kind.</summary>
    public InteractionType Type { get; init; }

    /// <summary>The continuation token: answer within 3 s, follow up within 15 min. Treat it as a secret.</summary>
    public string Token { get; init; } = string.Empty;

    /// <summary>The guild, when invoked in one.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The channel it was invoked in.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The invoking member, when invoked in a guild.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>The invoking user, when invoked in a DM.</summary>
    public DiscordUser? User { get; init; }

    /// <summary>The command data.</summary>
    public InteractionData? Data { get; init; }

    /// <summary>For components: the message the clicked component is on.</summary>
    public DiscordMessage? Message { get; init; }

    /// <summary>The bot's permissions in the channel.</summary>
    public ulong? AppPermissions { get; init; }

    /// <summary>The invoking user's locale, such as <c>en-US</c> or <c>zh-CN</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Where it was invoked: 0 guild, 1 bot DM, 2 private channel.</summary>
    public int? Context { get; init; }

    /// <summary>The user who invoked the interaction, in a guild or a DM.</summary>
    public DiscordUser? InvokingUser => Member?.User ?? User;
}
