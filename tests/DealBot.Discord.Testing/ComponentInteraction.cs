using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>
/// A member clicking a button on one of the bot's messages (INTERACTION_CREATE type 3, <c>data</c>
/// <c>{custom_id, component_type: 2}</c> and the <c>message</c> the button is on), or submitting a modal (type 5,
/// <c>data</c> <c>{custom_id, components}</c> with the text inputs' values).
/// </summary>
public sealed record ComponentInteraction
{
    public const int MessageComponentType = 3;
    public const int ModalSubmitType = 5;

    public required int Type { get; init; }

    public required string CustomId { get; init; }

    public required FakeUser User { get; init; }

    public required ulong ChannelId { get; init; }

    /// <summary>Null in a DM with the bot.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The bot's message the clicked button is on (clicks only).</summary>
    public ulong? MessageId { get; init; }

    /// <summary>A modal's text inputs: custom id → what the member typed (submissions only).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    public string Locale { get; init; } = "en-US";

    public static ComponentInteraction Click(FakeUser user, ulong channelId, ulong? guildId, ulong messageId, string customId) => new()
    {
        Type = MessageComponentType, CustomId = customId, User = user, ChannelId = channelId, GuildId = guildId, MessageId = messageId,
    };

    public static ComponentInteraction Submit(FakeUser user, ulong channelId, ulong? guildId, string customId, IReadOnlyDictionary<string, string> fields) => new()
    {
        Type = ModalSubmitType, CustomId = customId, User = user, ChannelId = channelId, GuildId = guildId, Fields = fields,
    };

    public JsonObject ToPayload(ulong interactionId, ulong applicationId, string token, ulong botUserId)
    {
        var data = new JsonObject { ["custom_id"] = CustomId };
        if (Type == MessageComponentType)
        {
            data["component_type"] = 2;
        }
        else
        {
            data["components"] = new JsonArray(Fields.Select(f => (JsonNode?)new JsonObject
            {
                ["type"] = 1,
                ["components"] = new JsonArray(new JsonObject { ["type"] = 4, ["custom_id"] = f.Key, ["value"] = f.Value }),
            }).ToArray());
        }

        var payload = new JsonObject
        {
            ["id"] = FakeJson.Id(interactionId),
            ["application_id"] = FakeJson.Id(applicationId),
            ["type"] = Type,
            ["data"] = data,
            ["channel_id"] = FakeJson.Id(ChannelId),
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = FakeJson.Id(FakePermissions.Member),
            ["locale"] = Locale,
            ["context"] = GuildId is null ? 1 : 0,
        };
        if (MessageId is { } messageId)
        {
            payload["message"] = new JsonObject
            {
                ["id"] = FakeJson.Id(messageId),
                ["channel_id"] = FakeJson.Id(ChannelId),
                ["type"] = 0,
                ["content"] = string.Empty,
                ["author"] = new JsonObject { ["id"] = FakeJson.Id(botUserId), ["username"] = "DealBot", ["bot"] = true },
            };
        }

        if (GuildId is { } guildId)
        {
            payload["guild_id"] = FakeJson.Id(guildId);
            payload["member"] = FakeMember.WithPermissions(User, [], FakePermissions.Member);
        }
        else
        {
            payload["user"] = User.ToJson();
        }

        return payload;
    }
}
