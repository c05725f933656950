namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Finds where tags, comments and raw-text element contents end in HTML text, the way the parser's tokenizer would,
/// without building anything: each call moves forward from a position, so a scan of a page is linear in its length.
/// </summary>
internal static class HtmlTagScanner
{
    /// <summary>The lower-case name starting at <paramref name="start"/>, and the index just after it.</summary>
    public static (string Name, int End) ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('>' or '/'))
        {
            end++;
        }

        return (html[start..end].ToLowerInvariant(), end);
    }

    /// <summary>The index just past the '>' that ends a start tag, skipping quoted attribute values.</summary>
    public static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && html[i - 1] == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }

    /// <summary>The index just past a comment, doctype or processing instruction starting at <paramref name="lt"/>.</summary>
    public static int MarkupDeclarationEnd(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        return After(html, '>', lt + 2);
    }

    /// <summary>The index just past the end tag that closes <paramref name="tag"/>, whose content starts at <paramref name="from"/>.</summary>
    public static int ElementEnd(string html, string tag, int from)
    {
        var close = html.IndexOf("</" + tag, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : After(html, '>', close + 2 + tag.Length);
    }

    /// <summary>The index just past the next <paramref name="c"/>, or the end of the text.</summary>
    public static int After(string html, char c, int from)
    {
        var at = from < html.Length ? html.IndexOf(c, from) : -1;
        return at < 0 ? html.Length : at + 1;
    }
}
