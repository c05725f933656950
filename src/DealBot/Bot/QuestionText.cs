using System.Globalization;
using System.Text.RegularExpressions;

namespace DealBot.Bot;

/// <summary>Turns a chat message into the question it asks: mentions of the bot removed, whitespace tidied.</summary>
internal static partial class QuestionText
{
    public static string FromMessage(string content, ulong botUserId, ulong? botRoleId)
    {
        var text = MentionToken().Replace(content, m => IsBot(m, botUserId, botRoleId) ? " " : m.Value);
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>True when the text mentions the bot's user or role in Discord's markup.</summary>
    public static bool Mentions(string content, ulong botUserId, ulong? botRoleId) =>
        MentionToken().Matches(content).Any(m => IsBot(m, botUserId, botRoleId));

    private static bool IsBot(Match mention, ulong botUserId, ulong? botRoleId)
    {
        if (!ulong.TryParse(mention.Groups["id"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        return mention.Groups["role"].Success ? id == botRoleId : id == botUserId;
    }

    // <@id> and the legacy nickname form <@!id> name a user; <@&id> names a role.
    [GeneratedRegex(@"<@(?:!|(?<role>&))?(?<id>\d{1,20})>")]
    private static partial Regex MentionToken();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
