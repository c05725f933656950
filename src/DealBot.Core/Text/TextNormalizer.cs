using System.Text;

namespace DealBot.Core.Text;

/// <summary>
/// Normalises text the way every stage expects it: full-width ASCII forms to half-width (１０００亿 → 1000亿,
/// ４.４％ → 4.4%), ideographic spaces and non-breaking spaces to plain spaces, and runs of whitespace collapsed.
/// Chinese punctuation (，。！？；：) is kept: sentence splitting relies on it.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises width and collapses whitespace within lines; line breaks are kept (as single '\n').</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingNewlines = 0;
        foreach (var raw in text)
        {
            var c = ToHalfWidth(raw);
            if (c == '\r')
            {
                continue;
            }

            if (c == '\n')
            {
                pendingNewlines++;
                pendingSpace = false;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200b' || c == '\ufeff')
            {
                pendingSpace = true;
                continue;
            }

            if (pendingNewlines > 0)
            {
                if (sb.Length > 0)
                {
                    sb.Append(pendingNewlines > 1 ? "\n\n" : "\n");
                }

                pendingNewlines = 0;
            }
            else if (pendingSpace && sb.Length > 0)
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Applies <see cref="ToHalfWidth"/> to every character, one for one, so that offsets in the result are offsets in
    /// <paramref name="text"/> (what span-reporting scanners need). Returns the same instance when nothing changes.
    /// </summary>
    public static string FoldWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = 0;
        while (first < text.Length && ToHalfWidth(text[first]) == text[first])
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
            {
                span[i] = ToHalfWidth(span[i]);
            }
        });
    }

    /// <summary>Maps full-width forms (U+FF01–U+FF5E) to ASCII, and the ideographic and no-break spaces to a space.</summary>
    public static char ToHalfWidth(char c) => c switch
    {
        // Keep the Chinese sentence and clause marks that are full-width by nature.
        '，' or '！' or '？' or '；' or '：' or '（' or '）' => c,
        >= '\uff01' and <= '\uff5e' => (char)(c - 0xfee0),
        '\u3000' or '\u00a0' or '\u202f' => ' ',
        _ => c,
    };
}
