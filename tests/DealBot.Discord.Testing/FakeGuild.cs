using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>
/// A guild the bot is in: one text channel, the @everyone role, the bot's managed role (<c>tags.bot_id</c>, the
/// role people often @ instead of the bot) and a moderators role. <see cref="ToGuildCreate"/> is its GUILD_CREATE.
/// </summary>
public sealed record FakeGuild
{
    public required ulong Id { get; init; }

    public required FakeUser Bot { get; init; }

    public required ulong TextChannelId { get; init; }

    /// <summary>The role Discord creates for the bot when it joins (managed, tagged with the bot's id).</summary>
    public required ulong BotRoleId { get; init; }

    /// <summary>A role of people trusted with the knowledge base (it has no Manage Server permission of its own).</summary>
    public required ulong ModeratorRoleId { get; init; }

    public string Name { get; init; } = "Deal watchers";

    /// <summary>The GUILD_CREATE payload: a guild object with the extra fields the gateway adds.</summary>
    public JsonObject ToGuildCreate() => new()
    {
        ["id"] = FakeJson.Id(Id),
        ["name"] = Name,
        ["icon"] = null,
        ["owner_id"] = "90001",
        ["afk_channel_id"] = null,
        ["afk_timeout"] = 300,
        ["verification_level"] = 1,
        ["default_message_notifications"] = 1,
        ["explicit_content_filter"] = 2,
        ["features"] = new JsonArray(),
        ["mfa_level"] = 0,
        ["system_channel_id"] = FakeJson.Id(TextChannelId),
        ["preferred_locale"] = "en-US",
        ["premium_tier"] = 0,
        ["nsfw_level"] = 0,
        ["roles"] = new JsonArray(
            Role(Id, "@everyone", FakePermissions.Member, position: 0, managed: false, tags: null),
            Role(BotRoleId, Bot.Username, FakePermissions.Member, position: 1, managed: true, tags: new JsonObject { ["bot_id"] = FakeJson.Id(Bot.Id) }),
            Role(ModeratorRoleId, "Moderators", FakePermissions.Member, position: 2, managed: false, tags: null)),
        ["emojis"] = new JsonArray(),
        ["stickers"] = new JsonArray(),
        ["joined_at"] = "2025-09-22T16:00:00.000000+00:00",
        ["large"] = false,
        ["unavailable"] = false,
        ["member_count"] = 3,
        ["voice_states"] = new JsonArray(),
        ["members"] = new JsonArray(BotMember()),
        ["channels"] = new JsonArray(new JsonObject
        {
            ["id"] = FakeJson.Id(TextChannelId),
            ["type"] = 0,
            ["guild_id"] = FakeJson.Id(Id),
            ["name"] = "deal-questions",
            ["position"] = 0,
            ["permission_overwrites"] = new JsonArray(),
            ["topic"] = null,
            ["nsfw"] = false,
            ["last_message_id"] = null,
            ["rate_limit_per_user"] = 0,
            ["parent_id"] = null,
        }),
        ["threads"] = new JsonArray(),
        ["presences"] = new JsonArray(),
        ["stage_instances"] = new JsonArray(),
        ["guild_scheduled_events"] = new JsonArray(),
        ["soundboard_sounds"] = new JsonArray(),
    };

    private JsonObject BotMember()
    {
        var member = FakeMember.Partial([BotRoleId]);
        member["user"] = Bot.ToJson();
        return member;
    }

    private static JsonObject Role(ulong id, string name, ulong permissions, int position, bool managed, JsonObject? tags)
    {
        var role = new JsonObject
        {
            ["id"] = FakeJson.Id(id),
            ["name"] = name,
            ["color"] = 0,
            ["colors"] = new JsonObject { ["primary_color"] = 0, ["secondary_color"] = null, ["tertiary_color"] = null },
            ["hoist"] = false,
            ["icon"] = null,
            ["unicode_emoji"] = null,
            ["position"] = position,
            ["permissions"] = FakeJson.Id(permissions),
            ["managed"] = managed,
            ["mentionable"] = true,
            ["flags"] = 0,
        };
        if (tags is not null)
        {
            role["tags"] = tags;
        }

        return role;
    }
}
