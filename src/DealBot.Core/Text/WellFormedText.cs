namespace DealBot.Core.Text;

/// <summary>
/// Makes any string well-formed Unicode: a lone surrogate (a message cut inside an emoji, a broken client) or a
/// noncharacter (U+FFFE, U+FFFF) becomes a space. Normalisation and the tokenizer reject both, so every text that
/// comes from a member passes through here first.
/// </summary>
public static class WellFormedText
{
    /// <summary><paramref name="text"/> with every code unit that is not part of a well-formed character replaced by a space.</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsWellFormed(text))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(chars[i]) || IsNoncharacter(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// <paramref name="text"/> cut to at most <paramref name="length"/> code units, never between the two halves of a
    /// surrogate pair.
    /// </summary>
    public static string Truncate(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (text.Length <= length)
        {
            return text;
        }

        var cut = length > 0 && char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..cut];
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || IsNoncharacter(c))
            {
                return false;
            }
        }

        return true;
    }

    // U+FDD0..U+FDEF and U+xFFFE/U+xFFFF of the basic plane: code points Unicode promises never to assign.
    private static bool IsNoncharacter(char c) => c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF';
}
