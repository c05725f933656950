using System.Collections.Frozen;
using System.Text;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Flattens element nesting deeper than a cap before a page reaches the HTML parser. The parser looks through its stack
/// of open elements at every start tag, so a page of 100,000 nested divs costs it time quadratic in the page (minutes).
/// No news page nests anywhere near the cap, so the tags past it carry no structure worth keeping: they are dropped
/// (with their end tags; a block element's tags become line breaks) and their text is kept. SVG and MathML blocks are dropped whole: they are never article text
/// and would otherwise be a second, uncounted way to nest.
/// </summary>
/// <remarks>
/// One pass over the text: tags are recognised with a small scanner (comments, raw-text elements such as script and
/// style, quoted attribute values), the nesting is tracked with the implied end tags that matter for depth (p, li, td,
/// …), and an end tag is matched only against the top few open elements, so the cost is linear in the page size.
/// </remarks>
internal static class HtmlNestingLimiter
{
    /// <summary>Deeper than any real page (browsers cap the DOM around 512); shallow enough to keep parsing linear.</summary>
    public const int DefaultMaxDepth = 256;

    // How far down the open elements an end tag may close. Real pages close what they opened within a few levels; a
    // bounded search keeps a stream of unmatched end tags from costing a walk of the whole stack each.
    private const int EndTagReach = 32;

    private const string Break = "<br>";

    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame");

    // Elements whose content the parser reads as text up to their end tag; tags inside them are not tags.
    private static readonly FrozenSet<string> RawTextElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    private static readonly FrozenSet<string> DroppedWhole = FrozenSet.Create(StringComparer.Ordinal, "svg", "math");

    // A start tag of one of these closes an open <p> (the parser's "close a p element in button scope").
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "ul", "li", "dd", "dt");

    public static string Limit(string html, int maxDepth = DefaultMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder(html.Length);
        var open = new List<OpenElement>();
        var kept = 0;
        var copiedTo = 0;
        var position = 0;
        var changed = false;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }

            var next = html[lt + 1];
            if (next is '!' or '?')
            {
                position = SkipMarkupDeclaration(html, lt);
                continue;
            }

            if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                var (name, end) = ReadName(html, lt + 2);
                var tagEnd = IndexOrEnd(html, '>', end);
                position = tagEnd;
                if (Close(open, name, ref kept))
                {
                    Drop(html, output, ref copiedTo, lt, tagEnd, name);
                    changed = true;
                }

                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                position = lt + 1;
                continue;
            }

            var (tag, nameEnd) = ReadName(html, lt + 1);
            var startEnd = FindTagEnd(html, nameEnd);
            position = startEnd;
            if (RawTextElements.Contains(tag))
            {
                position = SkipRawText(html, tag, startEnd);
                continue;
            }

            if (DroppedWhole.Contains(tag))
            {
                position = SkipRawText(html, tag, startEnd);
                Drop(html, output, ref copiedTo, lt, position);
                changed = true;
                continue;
            }

            if (tag == "plaintext")
            {
                break;
            }

            if (VoidElements.Contains(tag))
            {
                continue;
            }

            CloseImplied(open, tag, ref kept);
            if (kept >= maxDepth)
            {
                open.Add(new OpenElement(tag, Dropped: true));
                Drop(html, output, ref copiedTo, lt, startEnd, tag);
                changed = true;
                continue;
            }

            open.Add(new OpenElement(tag, Dropped: false));
            kept++;
        }

        if (!changed)
        {
            return html;
        }

        output.Append(html, copiedTo, html.Length - copiedTo);
        return output.ToString();
    }

    /// <summary>Pops up to and including the nearest open <paramref name="name"/>; true when that element was dropped.</summary>
    private static bool Close(List<OpenElement> open, string name, ref int kept)
    {
        var floor = Math.Max(0, open.Count - EndTagReach);
        for (var i = open.Count - 1; i >= floor; i--)
        {
            if (open[i].Name != name)
            {
                continue;
            }

            var dropped = open[i].Dropped;
            for (var j = open.Count - 1; j >= i; j--)
            {
                kept -= open[j].Dropped ? 0 : 1;
            }

            open.RemoveRange(i, open.Count - i);
            return dropped;
        }

        // Not open (or too deep to be the one meant): the parser ignores such a tag or closes less than we count, so
        // leaving it in can only make the real nesting shallower than tracked here.
        return false;
    }

    private static void CloseImplied(List<OpenElement> open, string tag, ref int kept)
    {
        if (ClosesParagraph.Contains(tag))
        {
            PopIf(open, ref kept, "p");
        }

        switch (tag)
        {
            case "li":
                PopIf(open, ref kept, "li");
                break;
            case "dd" or "dt":
                PopIf(open, ref kept, "dd", "dt");
                break;
            case "td" or "th":
                PopIf(open, ref kept, "td", "th");
                break;
            case "tr":
                PopIf(open, ref kept, "td", "th");
                PopIf(open, ref kept, "tr");
                break;
            case "option":
                PopIf(open, ref kept, "option");
                break;
            default:
                break;
        }
    }

    private static void PopIf(List<OpenElement> open, ref int kept, params ReadOnlySpan<string> names)
    {
        if (open.Count > 0 && names.Contains(open[^1].Name))
        {
            kept -= open[^1].Dropped ? 0 : 1;
            open.RemoveAt(open.Count - 1);
        }
    }

    /// <summary>
    /// Leaves out html[from..to]; a block tag is replaced by a line break, so its text still ends a block (one break for
    /// a run of dropped tags with nothing between them: a hundred thousand of them would be as many elements).
    /// </summary>
    private static void Drop(string html, StringBuilder output, ref int copiedTo, int from, int to, string? tag = null)
    {
        output.Append(html, copiedTo, from - copiedTo);
        if (tag is not null && BlockTags.Contains(tag) && !EndsWithBreak(output))
        {
            output.Append(Break);
        }

        copiedTo = to;
    }

    private static bool EndsWithBreak(StringBuilder output)
    {
        if (output.Length < Break.Length)
        {
            return false;
        }

        for (var i = 0; i < Break.Length; i++)
        {
            if (output[output.Length - Break.Length + i] != Break[i])
            {
                return false;
            }
        }

        return true;
    }

    private static (string Name, int End) ReadName(string html, int start)
    {
        var end = start;
        while (end < html.Length && !char.IsWhiteSpace(html[end]) && html[end] is not ('>' or '/'))
        {
            end++;
        }

        return (html[start..end].ToLowerInvariant(), end);
    }

    /// <summary>The index just past the '>' that ends a start tag, skipping quoted attribute values.</summary>
    private static int FindTagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && i > 0 && html[i - 1] == '=')
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

    private static int SkipMarkupDeclaration(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }

        return IndexOrEnd(html, '>', lt + 2);
    }

    /// <summary>The index just past the end tag that closes a raw-text element opened before <paramref name="from"/>.</summary>
    private static int SkipRawText(string html, string tag, int from)
    {
        var close = html.IndexOf("</" + tag, from, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : IndexOrEnd(html, '>', close + 2 + tag.Length);
    }

    private static int IndexOrEnd(string html, char c, int from)
    {
        var at = from < html.Length ? html.IndexOf(c, from) : -1;
        return at < 0 ? html.Length : at + 1;
    }

    private readonly record struct OpenElement(string Name, bool Dropped);
}
