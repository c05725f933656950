using System.Globalization;

namespace DealBot.Knowledge.Loading;

/// <summary>
/// Refuses HTML shaped like no article, before it reaches the parser. The HTML5 tree builder walks the stack of open
/// elements for many start tags (is a &lt;p&gt; open in scope?), so its time grows with the number of elements times
/// their depth: 100,000 nested &lt;div&gt;s take minutes. With the depth and the number of elements bounded, parsing
/// stays well within the time limit. The scan is a single pass and only estimates the parser's stack: void elements,
/// self-closing tags and elements whose end tag may be omitted (p, li, td...) do not nest, since the parser closes
/// them itself.
/// </summary>
internal static class HtmlShapeGuard
{
    /// <summary>Deeper than any page of a news site (they stay well under 100), low enough to keep parsing fast.</summary>
    public const int MaxDepth = 256;

    /// <summary>Many times what a saved news page holds (a few thousand elements); the parser's memory grows with it.</summary>
    public const int MaxElements = 60_000;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        // Void elements: never have content.
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr",
        // Elements whose end tag may be omitted: the next sibling closes them.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "noembed", "noframes", "iframe", "noscript", "plaintext",
    };

    /// <exception cref="DocumentLoadException">The page nests its elements more than <see cref="MaxDepth"/> levels deep, or has more than <see cref="MaxElements"/>.</exception>
    public static void Check(string html)
    {
        var open = new List<string>();
        var elements = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i + 4, "-->");
            }
            else if (i + 1 < html.Length && html[i + 1] is '!' or '?')
            {
                i = SkipPast(html, i + 2, ">");
            }
            else if (i + 1 < html.Length && html[i + 1] == '/')
            {
                var (name, end) = TagName(html, i + 2);
                CloseTo(open, name);
                i = SkipPast(html, end, ">");
            }
            else
            {
                var (name, end) = TagName(html, i + 1);
                if (name.Length == 0)
                {
                    i++;
                    continue;
                }

                if (++elements > MaxElements)
                {
                    throw new DocumentLoadException($"the page has more than {MaxElements.ToString("N0", CultureInfo.InvariantCulture)} elements; no article needs that many");
                }

                var close = TagEnd(html, end);
                var selfClosing = close > 0 && html[close - 1] == '/';
                i = close < 0 ? html.Length : close + 1;
                if (RawText.Contains(name))
                {
                    i = SkipPast(html, i, "</" + name, StringComparison.OrdinalIgnoreCase);
                }
                else if (!selfClosing && !NotNesting.Contains(name))
                {
                    open.Add(name);
                    if (open.Count > MaxDepth)
                    {
                        throw new DocumentLoadException($"the page nests its elements more than {MaxDepth} levels deep; no article needs that many");
                    }
                }
            }
        }
    }

    private static (string Name, int End) TagName(string html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] is '-' or ':' or '_'))
        {
            end++;
        }

        return (end > start && char.IsAsciiLetter(html[start]) ? html[start..end] : string.Empty, end);
    }

    /// <summary>The index of the '&gt;' ending a start tag, quotes in attribute values respected; -1 when there is none.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i;
            }
        }

        return -1;
    }

    // An end tag closes the nearest open element of its name and everything opened inside it, as the parser does; an
    // end tag with no open element of its name is ignored. The search is bounded by MaxDepth.
    private static void CloseTo(List<string> open, string name)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (string.Equals(open[k], name, StringComparison.OrdinalIgnoreCase))
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }
        }
    }

    private static int SkipPast(string html, int from, string marker, StringComparison comparison = StringComparison.Ordinal)
    {
        if (from >= html.Length)
        {
            return html.Length;
        }

        var at = html.IndexOf(marker, from, comparison);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
