namespace DealBot.Discord;

/// <summary>Finds where to cut a piece of text so that the cut falls on the most natural boundary.</summary>
internal static class TextBoundaries
{
    // A boundary is only used if it keeps at least this share of the window: cutting a 2000-character
    // window after 30 characters because that is where the last paragraph ended would make many tiny parts.
    private const double MinimumShare = 0.3;

    private static readonly string[] CjkSentenceEnds = ["。", "！", "？", "；", "…"];

    /// <summary>Returns the length of the prefix of <paramref name="window"/> to keep (always ≥ 1).</summary>
    public static int FindCut(ReadOnlySpan<char> window)
    {
        var minimum = Math.Max(1, (int)(window.Length * MinimumShare));

        var cut = LastParagraphBreak(window);
        if (cut < minimum)
        {
            cut = window.LastIndexOf('\n') + 1;
        }

        if (cut < minimum)
        {
            cut = LastSentenceEnd(window);
        }

        if (cut < minimum)
        {
            cut = window.LastIndexOfAny(' ', '\t') + 1;
        }

        if (cut < minimum)
        {
            cut = window.Length;
        }

        // Never separate a backslash from the character it escapes (DiscordMarkdown.Escape): the part would end in
        // a lone backslash and the next one would start with a live markdown character.
        if (cut > 1 && EndsInOpenEscape(window[..cut]))
        {
            cut--;
        }

        // Never leave half of a surrogate pair at the end of a part (the window is a prefix of longer text,
        // so its last char may be the first half of a pair that continues beyond it).
        if (cut > 1 && char.IsHighSurrogate(window[cut - 1]))
        {
            cut--;
        }

        return cut;
    }

    private static bool EndsInOpenEscape(ReadOnlySpan<char> part)
    {
        var backslashes = part.Length - part.TrimEnd('\\').Length;
        return backslashes % 2 == 1;
    }

    private static int LastParagraphBreak(ReadOnlySpan<char> window)
    {
        var index = window.LastIndexOf("\n\n");
        return index < 0 ? 0 : index + 2;
    }

    private static int LastSentenceEnd(ReadOnlySpan<char> window)
    {
        var best = 0;
        for (var i = window.Length - 2; i >= 0; i--)
        {
            // ". ", "! ", "? " end a Latin sentence; the full stop must be followed by a space so "64.57" is not split.
            if (window[i] is '.' or '!' or '?' && char.IsWhiteSpace(window[i + 1]))
            {
                best = i + 1;
                break;
            }
        }

        foreach (var end in CjkSentenceEnds)
        {
            var index = window.LastIndexOf(end);
            if (index >= 0)
            {
                best = Math.Max(best, index + end.Length);
            }
        }

        return best;
    }
}
