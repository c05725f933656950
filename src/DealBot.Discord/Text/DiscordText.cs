namespace DealBot.Discord;

/// <summary>Splits and shortens text to fit Discord's limits at natural boundaries.</summary>
public static class DiscordText
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Splits <paramref name="text"/> into parts of at most <paramref name="maxLength"/> characters, preferring
    /// paragraph breaks, then line breaks, then sentence ends (Latin and CJK), then spaces; a word longer than
    /// the limit is cut, never a surrogate pair. Whitespace at the cuts is dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = DiscordLimits.MessageContent)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);

        var parts = new List<string>();
        var rest = text.AsSpan().Trim();
        while (rest.Length > maxLength)
        {
            var cut = TextBoundaries.FindCut(rest[..maxLength]);
            var part = rest[..cut].TrimEnd();
            if (part.Length > 0)
            {
                parts.Add(part.ToString());
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }

    /// <summary>
    /// Returns <paramref name="text"/> if it fits, otherwise its longest prefix ending at a boundary (see
    /// <see cref="Split"/>) followed by an ellipsis, within <paramref name="maxLength"/> characters.
    /// </summary>
    public static string Truncate(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var window = text.AsSpan(0, maxLength - Ellipsis.Length);
        var cut = TextBoundaries.FindCut(window);
        return string.Concat(window[..cut].TrimEnd(), Ellipsis);
    }
}
