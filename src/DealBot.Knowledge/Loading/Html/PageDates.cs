using AngleSharp.Dom;
using DealBot.Knowledge.Loading.Dates;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>
/// The published date a page states in its markup, from the first of: a date meta tag (article:published_time, its og:
/// forms, itemprop="datePublished", the Dublin Core and CMS names), the JSON-LD article's datePublished, a &lt;time&gt;
/// in the article's header, an element of the header named as a date ("pubtime", "post-date"…). Also a year for a
/// dateline without one, from the modified date. The story's own dateline is read later, from its text.
/// </summary>
internal static class PageDates
{
    private const int ElementsLooked = 40;

    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
        "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "pub_date", "publication_date", "date",
        "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
        "original-publish-date", "article.published", "citation_publication_date", "weibo:article:create_at", "bytedance:published_time",
    ];

    private static readonly string[] ModifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "lastmod"];

    private static readonly string[] DateWords = ["date", "time", "pubtime", "pubdate", "publish", "published", "posted", "timestamp", "dateline", "fbsj", "shijian"];

    public static DateOnly? Published(IDocument document, MetaTags meta, JsonLdArticle? jsonLd)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(meta);
        foreach (var key in PublishedKeys)
        {
            if (DateText.Parse(meta.First(key)) is { } date)
            {
                return date;
            }
        }

        return DateText.Parse(jsonLd?.Published) ?? FromTimeElements(document) ?? FromDateElements(document);
    }

    /// <summary>A year the page gives outside the story's text (its modified date), for a dateline that has none.</summary>
    public static int? YearElsewhere(MetaTags meta, JsonLdArticle? jsonLd)
    {
        ArgumentNullException.ThrowIfNull(meta);
        foreach (var key in ModifiedKeys)
        {
            if (DateText.Parse(meta.First(key)) is { } date)
            {
                return date.Year;
            }
        }

        return DateText.Parse(jsonLd?.Modified)?.Year;
    }

    /// <summary>
    /// The first &lt;time&gt; marked as the publication (itemprop, pubdate, a "published" class); otherwise the first
    /// one that is not an update stamp and not in a comment, a related list or the footer.
    /// </summary>
    private static DateOnly? FromTimeElements(IDocument document)
    {
        DateOnly? first = null;
        foreach (var time in document.GetElementsByTagName("time").Take(ElementsLooked))
        {
            var date = DateText.Parse(time.GetAttribute("datetime")) ?? DateText.Parse(time.TextContent);
            if (date is null)
            {
                continue;
            }

            var names = $"{time.GetAttribute("itemprop")} {time.ClassName}".ToLowerInvariant();
            if (names.Contains("datepublished", StringComparison.Ordinal) || names.Contains("published", StringComparison.Ordinal) || time.HasAttribute("pubdate"))
            {
                return date;
            }

            if (first is null && !names.Contains("updated", StringComparison.Ordinal) && !names.Contains("modified", StringComparison.Ordinal)
                && !InOtherStories(time))
            {
                first = date;
            }
        }

        return first;
    }

    /// <summary>"&lt;span class="date"&gt;2025年10月09日 14:32&lt;/span&gt;": short elements whose names say they hold the date.</summary>
    private static DateOnly? FromDateElements(IDocument document)
    {
        var looked = 0;
        foreach (var element in document.Body?.Descendants<IElement>() ?? [])
        {
            var names = $"{element.Id} {element.ClassName}".ToLowerInvariant();
            if (names.Length < 3 || !DateWords.Any(w => names.Contains(w, StringComparison.Ordinal))
                || names.Contains("update", StringComparison.Ordinal) || names.Contains("modif", StringComparison.Ordinal))
            {
                continue;
            }

            var text = element.TextContent.Trim();
            if (text.Length is > 0 and <= 80 && FirstDate(text) is { } date && !InOtherStories(element))
            {
                return date;
            }

            if (++looked >= ElementsLooked)
            {
                break;
            }
        }

        return null;
    }

    private static DateOnly? FirstDate(string text) => DateText.Parse(text) ?? DateText.FirstIn(text);

    // A date inside a comment, a list of other stories or the footer belongs to something else.
    private static bool InOtherStories(IElement element)
    {
        var steps = 0;
        for (var up = element.ParentElement; up is not null && steps < 16; up = up.ParentElement, steps++)
        {
            if (up.LocalName is "footer" or "aside" or "nav")
            {
                return true;
            }

            var names = $"{up.Id} {up.ClassName}".ToLowerInvariant();
            if (names.Contains("comment", StringComparison.Ordinal) || names.Contains("related", StringComparison.Ordinal)
                || names.Contains("recommend", StringComparison.Ordinal) || names.Contains("trending", StringComparison.Ordinal)
                || names.Contains("popular", StringComparison.Ordinal) || names.Contains("footer", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
