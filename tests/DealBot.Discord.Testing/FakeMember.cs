using System.Text.Json.Nodes;

namespace DealBot.Discord.Testing;

/// <summary>Guild member objects in the shapes Discord uses in dispatches.</summary>
public static class FakeMember
{
    private const string JoinedAt = "2025-09-22T16:00:00.000000+00:00";

    /// <summary>
    /// The member as MESSAGE_CREATE carries it (<c>member</c> and <c>mentions[].member</c>): partial, without
    /// <c>user</c>, which is the message's author or the mentioned user itself.
    /// </summary>
    public static JsonObject Partial(IEnumerable<ulong> roleIds) => new()
    {
        ["roles"] = FakeJson.Ids(roleIds),
        ["nick"] = null,
        ["avatar"] = null,
        ["premium_since"] = null,
        ["joined_at"] = JoinedAt,
        ["deaf"] = false,
        ["mute"] = false,
        ["flags"] = 0,
        ["pending"] = false,
        ["communication_disabled_until"] = null,
    };

    /// <summary>The member as INTERACTION_CREATE carries it: with <c>user</c> and the effective channel permissions.</summary>
    public static JsonObject WithPermissions(FakeUser user, IEnumerable<ulong> roleIds, ulong permissions)
    {
        var member = Partial(roleIds);
        member["user"] = user.ToJson();
        member["permissions"] = FakeJson.Id(permissions);
        return member;
    }
}
