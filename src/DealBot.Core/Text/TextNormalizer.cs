using System.Text;

namespace DealBot.Core.Text;

/// <summary>
/// Folds the width variants that Chinese text mixes with ASCII ("１０００亿", "４.４％", ideographic spaces), so
/// that matching code only ever sees the half-width forms.
/// </summary>
public static class TextNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    /// <summary>
    /// Converts full-width ASCII forms (U+FF01..U+FF5E) to ASCII, turns every run of white space (including the
    /// ideographic space) into one ASCII space and trims the ends.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Converts full-width ASCII forms to ASCII and the ideographic space to a space, one character for one, so
    /// offsets in the result are offsets in <paramref name="text"/>. Returns the same instance when nothing changes.
    /// </summary>
    public static string FoldWidth(string text) => FoldWidth(text, keepFullWidthComma: false);

    /// <summary>Folds width like <see cref="FoldWidth(string)"/>; can keep "，" because in Chinese it separates clauses.</summary>
    internal static string FoldWidth(string text, bool keepFullWidthComma)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfFoldable(text, keepFullWidthComma);
        if (first < 0)
        {
            return text;
        }

        return string.Create(text.Length, (text, first, keepFullWidthComma), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                if (!(state.keepFullWidthComma && span[i] == '，'))
                {
                    span[i] = Fold(span[i]);
                }
            }
        });
    }

    /// <summary>The half-width form of one character; other characters are returned unchanged.</summary>
    public static char Fold(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
        IdeographicSpace => ' ',
        _ => c,
    };

    private static int IndexOfFoldable(string text, bool keepFullWidthComma)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == IdeographicSpace || (c is >= FullWidthFirst and <= FullWidthLast && !(keepFullWidthComma && c == '，')))
            {
                return i;
            }
        }

        return -1;
    }
}
