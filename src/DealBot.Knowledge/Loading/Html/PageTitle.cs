using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// The title of a saved page, from the first of: og:title, the JSON-LD headline, the first &lt;h1&gt; (the one in the
/// &lt;article&gt; when there is one), the &lt;title&gt;. Sites append their own name to titles ("… | TechWire",
/// "…_科技_新华网"): that suffix is cut from the &lt;title&gt;, and from og:title when it is the og:site_name.
/// </summary>
internal static partial class PageTitle
{
    // A trailing part this long or shorter, after a separator, is a site or section name, not part of the headline.
    private const int SuffixMaxLength = 30;

    public static string? Find(IDocument document, MetaTags meta, JsonLdArticle? jsonLd)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(meta);
        var siteName = meta.First("og:site_name", "application-name");
        var og = Clean(meta.First("og:title", "twitter:title"));
        if (og is not null)
        {
            return WithoutSiteName(og, siteName);
        }

        var headline = Clean(jsonLd?.Headline);
        if (headline is not null)
        {
            return headline;
        }

        var h1 = document.QuerySelector("article h1") ?? document.QuerySelector("h1");
        var heading = Clean(h1?.TextContent);
        if (heading is not null)
        {
            return heading;
        }

        var title = Clean(document.Title);
        return title is null ? null : WithoutSuffixes(WithoutSiteName(title, siteName));
    }

    private static string WithoutSiteName(string title, string? siteName)
    {
        if (string.IsNullOrWhiteSpace(siteName))
        {
            return title;
        }

        var parts = Separator().Split(title);
        return parts.Length > 1 && string.Equals(parts[^1].Trim(), siteName.Trim(), StringComparison.OrdinalIgnoreCase)
            ? string.Join(" ", parts[..^1]).Trim()
            : title;
    }

    /// <summary>"Headline | Section | Site" → "Headline": short trailing parts go while a longer part remains.</summary>
    private static string WithoutSuffixes(string title)
    {
        var matches = Separator().Matches(title);
        var end = title.Length;
        for (var i = matches.Count - 1; i >= 0; i--)
        {
            var separator = matches[i];
            var tail = title[(separator.Index + separator.Length)..end].Trim();
            var head = title[..separator.Index].Trim();
            if (tail.Length > SuffixMaxLength || head.Length <= tail.Length)
            {
                break;
            }

            end = separator.Index;
        }

        return title[..end].Trim();
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length > 300 ? collapsed[..300] : collapsed;
    }

    // " | ", " - ", " – ", " — ", " · ", " :: ", "｜", "_" (Chinese portals join headline, channel and site with "_").
    [GeneratedRegex(@"\s+[|\-–—·•:]{1,2}\s+|\s*[｜_]\s*")]
    private static partial Regex Separator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
