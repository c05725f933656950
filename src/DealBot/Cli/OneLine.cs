using System.Text;

namespace DealBot.Cli;

/// <summary>Makes any message one line: errors are one line on stderr, and one line of JSON in `batch`.</summary>
internal static class OneLine
{
    public static string Of(string? text, int maxLength = 500)
    {
        var s = text ?? string.Empty;
        var sb = new StringBuilder();
        var space = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append(c).Append(s[++i]);
            }
            else
            {
                // A lone surrogate cannot be written as UTF-8; it says nothing a reader needs.
                sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }

            if (sb.Length >= maxLength)
            {
                return sb.Append('…').ToString();
            }
        }

        return sb.ToString();
    }

    /// <summary>An unexpected exception as "Type: message", one line.</summary>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Of($"{exception.GetType().Name}: {exception.Message}");
    }
}
