using System.Collections.Frozen;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// The elements open at a point of the page, as the nesting limiter tracks them: each either kept (it counts toward
/// the depth) or dropped (it was past the cap). Follows the parser where it matters for depth: the implied end tags
/// of p, li, dd/dt, td/th, tr and option; an end tag closes the nearest open element of its name among the top few.
/// </summary>
internal sealed class OpenElements(int maxDepth)
{
    // How far down an end tag may reach. Real pages close what they opened within a few levels; a bounded search
    // keeps a stream of unmatched end tags from costing a walk of the whole stack each.
    private const int EndTagReach = 32;

    // A start tag of one of these closes an open <p> (the parser's "close a p element in button scope").
    private static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(
        StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "menu", "nav", "ol", "p", "pre", "section",
        "summary", "table", "ul", "li", "dd", "dt");

    private readonly List<(string Name, bool Dropped)> _open = [];
    private int _kept;

    /// <summary>Opens an element; false when it lies past the cap and its tag is to be dropped.</summary>
    public bool TryOpen(string tag)
    {
        CloseImplied(tag);
        var keep = _kept < maxDepth;
        _open.Add((tag, !keep));
        _kept += keep ? 1 : 0;
        return keep;
    }

    /// <summary>Closes up to the nearest open <paramref name="name"/>; true when that element's tags are being dropped.</summary>
    public bool CloseDropped(string name)
    {
        var floor = Math.Max(0, _open.Count - EndTagReach);
        for (var i = _open.Count - 1; i >= floor; i--)
        {
            if (_open[i].Name == name)
            {
                var dropped = _open[i].Dropped;
                PopTo(i);
                return dropped;
            }
        }

        // Not open, or too deep to be the one meant: the parser then ignores the tag or closes less than is counted
        // here, so leaving it in can only make the real nesting shallower than tracked.
        return false;
    }

    private void CloseImplied(string tag)
    {
        if (ClosesParagraph.Contains(tag))
        {
            PopIf("p");
        }

        switch (tag)
        {
            case "li":
                PopIf("li");
                break;
            case "dd" or "dt":
                PopIf("dd", "dt");
                break;
            case "td" or "th":
                PopIf("td", "th");
                break;
            case "tr":
                PopIf("td", "th");
                PopIf("tr");
                break;
            case "option":
                PopIf("option");
                break;
            default:
                break;
        }
    }

    private void PopIf(params ReadOnlySpan<string> names)
    {
        if (_open.Count > 0 && names.Contains(_open[^1].Name))
        {
            PopTo(_open.Count - 1);
        }
    }

    private void PopTo(int index)
    {
        for (var j = _open.Count - 1; j >= index; j--)
        {
            _kept -= _open[j].Dropped ? 0 : 1;
        }

        _open.RemoveRange(index, _open.Count - index);
    }
}
