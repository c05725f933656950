using System.Collections.Frozen;
using System.Globalization;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Refuses a page with more elements than any article has, before it reaches the parser: the parser's time and memory
/// grow with the number of elements even when they do not nest (that is <see cref="HtmlNestingLimiter"/>'s part). The
/// count is taken on the page as the parser will get it, after flattening, in one pass that reads tags the way the
/// limiter does (<see cref="HtmlTagScanner"/>): text inside scripts, styles, comments and textareas is not counted.
/// </summary>
internal static class HtmlElementLimit
{
    /// <summary>Many times what a saved news page holds (a few thousand elements); the parser's memory grows with it.</summary>
    public const int MaxElements = 60_000;

    // Elements whose content the parser reads as text up to their end tag; tags inside them are not tags.
    private static readonly FrozenSet<string> RawTextElements = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    /// <exception cref="DocumentLoadException">The page has more than <see cref="MaxElements"/> elements.</exception>
    public static void Check(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var elements = 0;
        var position = 0;
        while (position < html.Length)
        {
            var lt = html.IndexOf('<', position);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return;
            }

            var next = html[lt + 1];
            if (next is '!' or '?')
            {
                position = HtmlTagScanner.MarkupDeclarationEnd(html, lt);
                continue;
            }

            if (!char.IsAsciiLetter(next))
            {
                position = lt + 1;
                continue;
            }

            var (tag, nameEnd) = HtmlTagScanner.ReadName(html, lt + 1);
            if (tag == "plaintext")
            {
                return;
            }

            if (++elements > MaxElements)
            {
                throw new DocumentLoadException($"the page has more than {MaxElements.ToString("N0", CultureInfo.InvariantCulture)} elements; no article needs that many");
            }

            position = HtmlTagScanner.TagEnd(html, nameEnd);
            if (RawTextElements.Contains(tag))
            {
                position = HtmlTagScanner.ElementEnd(html, tag, position);
            }
        }
    }
}
