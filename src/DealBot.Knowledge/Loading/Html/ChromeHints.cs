using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// Reads an element's tag, id, classes, role, itemprop and component names for signs of site furniture
/// ("share-bar", "related-posts", "paywall-meter", "author-bio", "wp-caption") or of the story's container
/// ("article-body", "entry-content", "TRS_Editor"). Names are split into words at dashes, underscores and case changes,
/// so "nav" matches "site-nav" but not "canvas"; long, unambiguous fragments ("related", "newsletter") are also looked
/// for inside run-together names ("jp-relatedposts").
/// </summary>
internal static class ChromeHints
{
    // Furniture by tag; kept all the same when it turns out to hold the story (some sites wrap the page in a <form>).
    private static readonly FrozenSet<string> ChromeTags = FrozenSet.Create(
        StringComparer.Ordinal,
        "header", "footer", "aside", "form", "menu", "address");

    private static readonly FrozenSet<string> ChromeWords = FrozenSet.Create(
        StringComparer.Ordinal,
        "nav", "navbar", "menu", "menubar", "footer", "foot", "header", "masthead", "sidebar", "aside", "widget", "share", "sharing",
        "social", "related", "comment", "comments", "ad", "ads", "advert", "advertisement", "sponsor", "sponsored", "promo", "newsletter",
        "subscribe", "subscription", "signup", "paywall", "meter", "regwall", "cookie", "cookies", "consent", "banner", "ticker",
        "byline", "author", "authors", "bio", "caption", "credit", "credits", "tag", "tags", "keywords", "toolbar", "tools", "print",
        "modal", "popup", "overlay", "breadcrumb", "breadcrumbs", "rank", "ranking", "hot", "qrcode", "ewm", "copyright", "disclaimer",
        "pagination", "pager", "login", "search", "skip", "hidden", "meta", "info", "date", "time", "timestamp", "source", "publisher",
        "navigation", "contentinfo", "complementary", "dialog", "alertdialog", "recommend", "recommended", "trending", "popular");

    private static readonly string[] ChromeFragments =
    [
        "related", "recommend", "trending", "popular", "mostread", "mostviewed", "moreon", "morestories", "morenews", "readmore",
        "readnext", "alsoread", "youmay", "newsletter", "subscri", "paywall", "comment", "sidebar", "breadcrumb", "advert", "sponsor",
        "promo", "byline", "caption", "cookie", "consent", "social", "sharebar", "sharing", "sharetool", "sharebutton", "shareicon",
        "sharedaddy", "footer", "navbar", "navigation", "masthead", "ticker", "outbrain", "taboola", "qrcode", "erweima", "authorbio",
        "aboutauthor", "authorinfo", "authorcard", "signup", "disclaimer", "copyright", "screenreader", "sronly", "visuallyhidden",
        "xiangguan", "tuijian", "remen", "paihang", "guanzhu",
    ];

    private static readonly FrozenSet<string> ContentWords = FrozenSet.Create(StringComparer.Ordinal, "zw", "main", "article");

    private static readonly string[] ContentFragments =
        ["article", "content", "story", "entry", "post", "body", "text", "detail", "editor", "zhengwen", "prose"];

    private static readonly string[] MarkerAttributes = ["id", "class", "role", "itemprop", "data-component", "data-testid", "data-module"];

    public static ElementHints Of(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        var chrome = ChromeTags.Contains(element.LocalName) || IsHidden(element);
        var content = element.LocalName is "article" or "main";
        var squashed = new StringBuilder();
        foreach (var attribute in MarkerAttributes)
        {
            var value = element.GetAttribute(attribute);
            if (!string.IsNullOrEmpty(value))
            {
                ReadWords(value.Length > 300 ? value[..300] : value, squashed, ref chrome, ref content);
            }
        }

        var joined = squashed.ToString();
        chrome = chrome || ChromeFragments.Any(f => joined.Contains(f, StringComparison.Ordinal));
        content = content || ContentFragments.Any(f => joined.Contains(f, StringComparison.Ordinal));
        return new ElementHints(chrome, content);
    }

    /// <summary>Splits a name into lower-case words ("mostRead" → most, read; "share-bar" → share, bar).</summary>
    private static void ReadWords(string value, StringBuilder squashed, ref bool chrome, ref bool content)
    {
        var word = new StringBuilder();
        for (var i = 0; i <= value.Length; i++)
        {
            var c = i < value.Length ? value[i] : ' ';
            var split = !char.IsLetterOrDigit(c) || (char.IsUpper(c) && i > 0 && char.IsLower(value[i - 1]));
            if (split && word.Length > 0)
            {
                var w = word.ToString();
                chrome = chrome || ChromeWords.Contains(w);
                content = content || ContentWords.Contains(w);
                squashed.Append(w);
                word.Clear();
            }

            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        var compact = style.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal) || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
