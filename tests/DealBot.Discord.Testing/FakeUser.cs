using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>A Discord user as the fake sends it in authors, mentions, members and interactions.</summary>
public sealed record FakeUser(ulong Id, string Username, bool IsBot = false)
{
    /// <summary>The user object: ids as strings; <c>bot</c> only when set, as Discord omits it for people.</summary>
    public JsonObject ToJson()
    {
        var user = new JsonObject
        {
            ["id"] = FakeJson.Id(Id),
            ["username"] = Username,
            ["discriminator"] = "0",
            ["global_name"] = IsBot ? null : Username,
            ["avatar"] = null,
            ["public_flags"] = 0,
        };
        if (IsBot)
        {
            user["bot"] = true;
        }

        return user;
    }

    /// <summary>How Discord writes a mention of this user in message content.</summary>
    public string Mention => $"<@{FakeJson.Id(Id)}>";
}
