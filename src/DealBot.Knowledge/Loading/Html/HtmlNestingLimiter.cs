using System.Collections.Frozen;
using System.Text;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Flattens element nesting deeper than a cap before a page reaches the HTML parser. The parser looks through its stack
/// of open elements at every start tag, so a page of 100,000 nested divs costs it time quadratic in the page (minutes).
/// No news page nests anywhere near the cap, so the tags past it carry no structure worth keeping: they are dropped
/// (with their end tags; a block element's tags become a line break) and their text is kept. SVG and MathML blocks are
/// dropped whole: they are never article text and would otherwise be a second, uncounted way to nest.
/// </summary>
/// <remarks>
/// One pass over the text (see <see cref="HtmlTagScanner"/> and <see cref="OpenElements"/>): the cost is linear in the
/// page size, and a page that needs no flattening is returned as it is.
/// </remarks>
internal static class HtmlNestingLimiter
{
    /// <summary>Deeper than any real page (browsers cap the DOM around 512); shallow enough to keep parsing linear.</summary>
    public const int DefaultMaxDepth = 256;

    private const string Break = "<br>";

    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "basefont", "bgsound", "frame");

    // Elements whose content the parser reads as text up to their end tag; tags inside them are not tags.
    private static readonly FrozenSet<string> RawTextElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    private static readonly FrozenSet<string> DroppedWhole = FrozenSet.Create(StringComparer.Ordinal, "svg", "math");

    public static string Limit(string html, int maxDepth = DefaultMaxDepth)
    {
        ArgumentNullException.ThrowIfNull(html);
        var output = new StringBuilder();
        var open = new OpenElements(maxDepth);
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
                position = HtmlTagScanner.MarkupDeclarationEnd(html, lt);
            }
            else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                var (name, end) = HtmlTagScanner.ReadName(html, lt + 2);
                position = HtmlTagScanner.After(html, '>', end);
                if (open.CloseDropped(name))
                {
                    Drop(html, output, ref copiedTo, lt, position, name);
                    changed = true;
                }
            }
            else if (!char.IsAsciiLetter(next))
            {
                position = lt + 1;
            }
            else
            {
                var (tag, nameEnd) = HtmlTagScanner.ReadName(html, lt + 1);
                position = HtmlTagScanner.TagEnd(html, nameEnd);
                if (tag == "plaintext")
                {
                    break;
                }

                if (RawTextElements.Contains(tag))
                {
                    position = HtmlTagScanner.ElementEnd(html, tag, position);
                }
                else if (DroppedWhole.Contains(tag))
                {
                    position = HtmlTagScanner.ElementEnd(html, tag, position);
                    Drop(html, output, ref copiedTo, lt, position);
                    changed = true;
                }
                else if (!VoidElements.Contains(tag) && !open.TryOpen(tag))
                {
                    Drop(html, output, ref copiedTo, lt, position, tag);
                    changed = true;
                }
            }
        }

        if (!changed)
        {
            return html;
        }

        output.Append(html, copiedTo, html.Length - copiedTo);
        return output.ToString();
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
}
