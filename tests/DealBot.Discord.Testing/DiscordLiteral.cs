using System.Text;

namespace DealBot.Discord.Testing;

/// <summary>
/// What a member sees of escaped text: Discord drops a backslash before ASCII punctuation (showing the character) and
/// shows a zero-width space as nothing. Used to check that escaping changes how text is read, never what it says.
/// </summary>
public static class DiscordLiteral
{
    public const char ZeroWidthSpace = '\u200B';

    public static string Shown(string escaped)
    {
        var shown = new StringBuilder(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            if (c == '\\' && i + 1 < escaped.Length && char.IsAsciiLetterOrDigit(escaped[i + 1]) is false && char.IsAscii(escaped[i + 1]) && !char.IsWhiteSpace(escaped[i + 1]))
            {
                shown.Append(escaped[++i]);
            }
            else if (c != ZeroWidthSpace)
            {
                shown.Append(c);
            }
        }

        return shown.ToString();
    }

    /// <summary>Whether the text ends in a backslash that escapes nothing (half of an escape cut off).</summary>
    public static bool EndsInLoneBackslash(string text)
    {
        var backslashes = text.Length - text.TrimEnd('\\').Length;
        return backslashes % 2 == 1;
    }
}
