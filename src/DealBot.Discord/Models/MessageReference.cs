namespace DealBot.Discord.Models;

/// <summary>A reference to another message: the target of a reply (incoming and outgoing).</summary>
public sealed record MessageReference
{
    /// <summary>The referenced message id.</summary>
    public ulong? MessageId { get; init; }

    /// <summary>The referenced message's channel.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The referenced message's guild.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>
    /// When sending: whether to fail if the referenced message is gone. <see langword="false"/> lets a reply
    /// go out as a plain message when the question was deleted meanwhile.
    /// </summary>
    public bool? FailIfNotExists { get; init; }

    /// <summary>A reply reference that does not fail if the message was deleted.</summary>
    public static MessageReference ReplyTo(ulong messageId) => new() { MessageId = messageId, FailIfNotExists = false };
}
