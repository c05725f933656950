using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>
/// A message someone posts, as MESSAGE_CREATE delivers it: in a guild (<c>guild_id</c>, a partial <c>member</c>
/// without <c>user</c>, <c>mentions[]</c> each with a partial member) or in a DM (neither). A message with
/// <see cref="ReferencedMessage"/> is a reply (type 19, <c>message_reference</c> and <c>referenced_message</c>).
/// </summary>
public sealed record FakeMessage
{
    public const int DefaultType = 0;
    public const int ReplyType = 19;
    public const int ChatInputCommandType = 20;

    public required ulong Id { get; init; }

    public required ulong ChannelId { get; init; }

    /// <summary>Null for a direct message.</summary>
    public ulong? GuildId { get; init; }

    public required FakeUser Author { get; init; }

    /// <summary>The author's roles (guild messages only).</summary>
    public IReadOnlyList<ulong> AuthorRoleIds { get; init; } = [];

    /// <summary>The text; Discord writes mentions into it as <c>&lt;@id&gt;</c> and <c>&lt;@&amp;role&gt;</c>.</summary>
    public string Content { get; init; } = "";

    /// <summary>Users the message pings (a mention in the content, or the author of a message replied to with ping on).</summary>
    public IReadOnlyList<FakeUser> Mentions { get; init; } = [];

    public IReadOnlyList<ulong> MentionRoleIds { get; init; } = [];

    /// <summary>True only when the author may ping @everyone; ordinary members typing it leave this false.</summary>
    public bool MentionEveryone { get; init; }

    /// <summary>The message this one replies to.</summary>
    public FakeMessage? ReferencedMessage { get; init; }

    /// <summary>
    /// False when Discord's backend did not fetch the replied-to message: the reply then carries only
    /// <c>message_reference</c> and no <c>referenced_message</c> at all (message.mdx, note [4] of the message object).
    /// </summary>
    public bool ReferencedMessageFetched { get; init; } = true;

    /// <summary>Set for messages posted through a webhook.</summary>
    public ulong? WebhookId { get; init; }

    public DateTimeOffset Timestamp { get; init; } = new(2025, 9, 23, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Another message type than the default or reply one, e.g. 20 for a slash command's response.</summary>
    public int? TypeOverride { get; init; }

    public int Type => TypeOverride ?? (ReferencedMessage is null ? DefaultType : ReplyType);

    /// <summary>The MESSAGE_CREATE payload.</summary>
    public JsonObject ToPayload()
    {
        var payload = ToMessageObject();
        if (GuildId is { } guildId)
        {
            payload["guild_id"] = FakeJson.Id(guildId);
            if (WebhookId is null)
            {
                payload["member"] = FakeMember.Partial(AuthorRoleIds);
            }
        }

        payload["channel_type"] = GuildId is null ? 1 : 0;
        if (ReferencedMessage is { } referenced)
        {
            var reference = new JsonObject { ["type"] = 0, ["message_id"] = FakeJson.Id(referenced.Id), ["channel_id"] = FakeJson.Id(referenced.ChannelId) };
            if (referenced.GuildId is { } referencedGuild)
            {
                reference["guild_id"] = FakeJson.Id(referencedGuild);
            }

            payload["message_reference"] = reference;
            if (ReferencedMessageFetched)
            {
                payload["referenced_message"] = referenced.ToMessageObject();
            }
        }

        return payload;
    }

    /// <summary>The plain message object (what <c>referenced_message</c> holds: no gateway extras).</summary>
    private JsonObject ToMessageObject()
    {
        var message = new JsonObject
        {
            ["id"] = FakeJson.Id(Id),
            ["channel_id"] = FakeJson.Id(ChannelId),
            ["author"] = Author.ToJson(),
            ["content"] = Content,
            ["timestamp"] = Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", System.Globalization.CultureInfo.InvariantCulture),
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = MentionEveryone,
            ["mentions"] = new JsonArray(Mentions.Select(MentionedUser).ToArray()),
            ["mention_roles"] = FakeJson.Ids(MentionRoleIds),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = Type,
            ["flags"] = 0,
            ["components"] = new JsonArray(),
        };
        if (WebhookId is { } webhookId)
        {
            message["webhook_id"] = FakeJson.Id(webhookId);
        }

        return message;
    }

    private JsonNode? MentionedUser(FakeUser user)
    {
        var json = user.ToJson();
        if (GuildId is not null)
        {
            json["member"] = FakeMember.Partial([]);
        }

        return json;
    }
}
