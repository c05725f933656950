using System.Collections.Frozen;
using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// One walk over a page's body that counts, for every element, its visible text and how much of it is link text,
/// bottom-up, so no element's text is ever measured twice (measuring each element's text on its own costs the depth of
/// the page per character: quadratic on a deeply nested page). Elements that never hold article text (scripts, styles,
/// navigation, media, form controls, figure captions) are not counted and not entered.
/// </summary>
internal sealed class PageSurvey
{
    private static readonly FrozenSet<string> NeverText = FrozenSet.Create(
        StringComparer.Ordinal,
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio", "picture",
        "img", "source", "select", "option", "button", "input", "textarea", "nav", "figcaption", "dialog", "head", "link", "meta",
        "title", "map");

    private readonly Dictionary<IElement, ElementStats> _stats = new(ReferenceEqualityComparer.Instance);

    private PageSurvey(IElement root) => Root = root;

    public IElement Root { get; }

    /// <summary>Visible characters of the body outside links: the measure of how much a part of the page holds.</summary>
    public int PageProse => _stats.TryGetValue(Root, out var root) ? root.Prose : 0;

    public static PageSurvey Take(IElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var survey = new PageSurvey(root);
        survey.Walk();
        return survey;
    }

    /// <summary>The element's figures; null for elements that never hold article text (and everything inside them).</summary>
    public ElementStats? this[IElement element] => _stats.GetValueOrDefault(element);

    public static bool NeverHoldsText(IElement element) => NeverText.Contains(element.LocalName);

    public static int VisibleLength(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += char.IsWhiteSpace(c) ? 0 : 1;
        }

        return count;
    }

    private void Walk()
    {
        var order = 0;
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((Root, false));
        while (pending.TryPop(out var item))
        {
            if (item.Leaving)
            {
                Leave((IElement)item.Node, order);
                continue;
            }

            if (item.Node is IText text)
            {
                if (text.ParentElement is { } parent && _stats.TryGetValue(parent, out var owner))
                {
                    owner.Text += VisibleLength(text.Data);
                }

                continue;
            }

            if (item.Node is not IElement element || NeverHoldsText(element))
            {
                continue;
            }

            _stats[element] = new ElementStats { Order = order++, Hints = ChromeHints.Of(element) };
            pending.Push((element, true));
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], false));
            }
        }
    }

    private void Leave(IElement element, int order)
    {
        var stats = _stats[element];
        stats.LastInside = order - 1;
        if (element.LocalName == "a")
        {
            stats.LinkText = stats.Text;
        }

        if (element != Root && element.ParentElement is { } parent && _stats.TryGetValue(parent, out var up))
        {
            up.Text += stats.Text;
            up.LinkText += stats.LinkText;
            up.HoldsBlocks |= BlockTags.Contains(element.LocalName);
        }
    }
}
