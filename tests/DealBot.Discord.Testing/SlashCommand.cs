using System.Text;
using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>
/// Someone invoking a slash command, as INTERACTION_CREATE delivers it (type 2): <c>data.name</c>, options,
/// resolved attachments, and in a guild <c>member</c> (with <c>user</c> and <c>permissions</c> as a decimal
/// string), in a DM <c>user</c>.
/// </summary>
public sealed record SlashCommand
{
    public const int ApplicationCommandType = 2;

    public required string Name { get; init; }

    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    public required FakeUser User { get; init; }

    public required ulong ChannelId { get; init; }

    /// <summary>Null when invoked in a DM with the bot.</summary>
    public ulong? GuildId { get; init; }

    public IReadOnlyList<ulong> RoleIds { get; init; } = [];

    /// <summary>The invoker's effective permissions in the channel.</summary>
    public ulong Permissions { get; init; } = FakePermissions.Member;

    public string Locale { get; init; } = "en-US";

    /// <summary>The registered command's id.</summary>
    public ulong CommandId { get; init; } = 7000;

    /// <summary>An interaction token shaped like Discord's (URL-safe base64, long).</summary>
    public static string NewToken(ulong interactionId)
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"interaction:{interactionId}:{Guid.NewGuid():N}{Guid.NewGuid():N}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The INTERACTION_CREATE payload.</summary>
    public JsonObject ToPayload(ulong interactionId, ulong applicationId, string token)
    {
        var payload = new JsonObject
        {
            ["id"] = FakeJson.Id(interactionId),
            ["application_id"] = FakeJson.Id(applicationId),
            ["type"] = ApplicationCommandType,
            ["data"] = Data(),
            ["channel_id"] = FakeJson.Id(ChannelId),
            ["channel"] = new JsonObject { ["id"] = FakeJson.Id(ChannelId), ["type"] = GuildId is null ? 1 : 0 },
            ["token"] = token,
            ["version"] = 1,
            ["app_permissions"] = FakeJson.Id(FakePermissions.Member),
            ["locale"] = Locale,
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId is { } owner ? FakeJson.Id(owner) : "0" },
            ["context"] = GuildId is null ? 1 : 0,
            ["attachment_size_limit"] = 10 * 1024 * 1024,
        };
        if (GuildId is { } guildId)
        {
            payload["guild_id"] = FakeJson.Id(guildId);
            payload["guild"] = new JsonObject { ["id"] = FakeJson.Id(guildId), ["locale"] = "en-US", ["features"] = new JsonArray() };
            payload["guild_locale"] = "en-US";
            payload["member"] = FakeMember.WithPermissions(User, RoleIds, Permissions);
        }
        else
        {
            payload["user"] = User.ToJson();
        }

        return payload;
    }

    private JsonObject Data()
    {
        var data = new JsonObject { ["id"] = FakeJson.Id(CommandId), ["name"] = Name, ["type"] = 1 };
        if (Options.Count > 0)
        {
            data["options"] = new JsonArray(Options.Select(o => (JsonNode?)o.ToJson()).ToArray());
        }

        var attachments = Options.SelectMany(o => o.SelfAndDescendants()).Select(o => o.Attachment).OfType<FakeAttachment>().ToList();
        if (attachments.Count > 0)
        {
            var resolved = new JsonObject();
            foreach (var attachment in attachments)
            {
                resolved[FakeJson.Id(attachment.Id)] = attachment.ToJson();
            }

            data["resolved"] = new JsonObject { ["attachments"] = resolved };
        }

        return data;
    }
}
