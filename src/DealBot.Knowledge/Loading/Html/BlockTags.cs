using System.Collections.Frozen;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>The elements that begin a new block of text (a &lt;br&gt; also ends a line, and counts as one here).</summary>
internal static class BlockTags
{
    private static readonly FrozenSet<string> Names = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dir", "div", "dl", "dt",
        "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu",
        "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    public static bool Contains(string localName) => Names.Contains(localName);
}
