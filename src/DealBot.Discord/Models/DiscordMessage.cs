namespace DealBot.Discord.Models;

/// <summary>A message, as delivered by MESSAGE_CREATE or returned by the HTTP API.</summary>
public sealed record DiscordMessage
{
    /// <summary>The message id.</summary>
    public ulong Id { get; init; }

    /// <summary>The channel (or thread) the message is in.</summary>
    public ulong ChannelId { get; init; }

    /// <summary>The guild; absent in direct messages.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The text. Empty when the MESSAGE_CONTENT intent is missing (except DMs and mentions of the bot).</summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>The message type (0 default, 19 reply, ...).</summary>
    public MessageType Type { get; init; }

    /// <summary>The author. For webhook messages this is the webhook's pseudo-user.</summary>
    public DiscordUser Author { get; init; } = new();

    /// <summary>The author's guild membership (guild messages only).</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Set when a webhook posted the message.</summary>
    public ulong? WebhookId { get; init; }

    /// <summary>Users mentioned in the message.</summary>
    public IReadOnlyList<DiscordUser> Mentions { get; init; } = [];

    /// <summary>Roles mentioned in the message.</summary>
    public IReadOnlyList<ulong> MentionRoles { get; init; } = [];

    /// <summary>Whether @everyone or @here was mentioned.</summary>
    public bool MentionEveryone { get; init; }

    /// <summary>What the message replies to, if it is a reply.</summary>
    public MessageReference? MessageReference { get; init; }

    /// <summary>
    /// The message replied to. <see langword="null"/> both when Discord did not include it and when it was deleted.
    /// </summary>
    public DiscordMessage? ReferencedMessage { get; init; }

    /// <summary>The type of the channel the message was sent in, when Discord includes it.</summary>
    public ChannelType? ChannelType { get; init; }

    /// <summary>Attached files.</summary>
    public IReadOnlyList<DiscordAttachment> Attachments { get; init; } = [];

    /// <summary>Message flags (4 = suppress embeds, 64 = ephemeral, 4096 = silent).</summary>
    public int Flags { get; init; }
}
