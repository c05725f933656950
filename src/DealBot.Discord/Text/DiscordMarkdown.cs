using System.Text;

namespace DealBot.Discord;

/// <summary>
/// Makes text the bot did not write itself (article quotes and titles, a member's words, file names) show literally
/// in a message or embed: no bold, italics, underline, strike-through, spoilers, code, headings, lists, block quotes,
/// masked links, mentions, timestamps or custom emoji, and no link or preview from a bare URL.
/// </summary>
/// <remarks>
/// Markdown characters get a backslash, which Discord shows as nothing. Two things a backslash cannot stop get an
/// invisible zero-width space instead: a bare URL (Discord links and previews <c>scheme://</c> whatever precedes it)
/// and <c>@everyone</c> / <c>@here</c>. Characters that only act at the start of a line (<c>#</c>, <c>&gt;</c>,
/// list markers) are escaped wherever a line could start once the text is split into several messages, that is
/// after any whitespace, not only after a line break. Escaped text never grows by more than twice its length;
/// <see cref="DiscordText.Split"/> and <see cref="DiscordText.Truncate"/> never cut an escape in two.
/// </remarks>
public static class DiscordMarkdown
{
    /// <summary>The invisible character that breaks a URL's scheme and a mass mention apart.</summary>
    public const char ZeroWidthSpace = '\u200B';

    private static readonly string[] MassMentions = ["everyone", "here"];

    /// <summary>Returns <paramref name="text"/> escaped so that Discord shows it exactly as written.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + (text.Length / 8) + 4);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                // Inline formatting (* _ ~ | `), escapes themselves, masked links ([ ]), mentions, channels, roles,
                // timestamps, custom emoji and <url> (all start with <), headings (#) and block quotes (>).
                case '\\' or '*' or '_' or '~' or '|' or '`' or '[' or ']' or '<' or '>' or '#':
                    escaped.Append('\\').Append(c);
                    break;
                case '-' or '+' when AtLineStart(text, i) && IsWhiteSpaceAt(text, i + 1):
                    escaped.Append('\\').Append(c);
                    break;
                case '.' when IsWhiteSpaceAt(text, i + 1) && EndsOrderedListNumber(text, i):
                    escaped.Append('\\').Append(c);
                    break;
                case ':' when text.AsSpan(i + 1).StartsWith("//", StringComparison.Ordinal):
                    escaped.Append(c).Append(ZeroWidthSpace);
                    break;
                case '@' when StartsMassMention(text, i + 1):
                    escaped.Append(c).Append(ZeroWidthSpace);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    // A split at a space can make any position after whitespace the start of a message's first line.
    private static bool AtLineStart(string text, int index) => index == 0 || char.IsWhiteSpace(text[index - 1]);

    private static bool IsWhiteSpaceAt(string text, int index) => index < text.Length && char.IsWhiteSpace(text[index]);

    // "1. item" starts an ordered list: digits that start a line, then the full stop being looked at.
    private static bool EndsOrderedListNumber(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        return start < dot && AtLineStart(text, start);
    }

    private static bool StartsMassMention(string text, int index)
    {
        foreach (var word in MassMentions)
        {
            if (text.AsSpan(index).StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
