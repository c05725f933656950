using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DealBot.Knowledge.Loading;

/// <summary>
/// HTML pages: the main content is taken by SmartReader (Mozilla Readability) when it recognises an article, otherwise
/// by removing site chrome (navigation, headers, footers, share and related-article blocks) and keeping the text blocks
/// of &lt;article&gt;, &lt;main&gt; or the body. Title, date and language come from the page's metadata.
/// </summary>
internal sealed class HtmlLoader : IDocumentLoader
{
    private static readonly string[] ChromeTags = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "template"];
    private static readonly string[] ChromeHints = ["nav", "menu", "footer", "share", "social", "related", "recommend", "comment", "sidebar", "advert", "promo", "subscribe", "cookie", "breadcrumb", "newsletter", "byline-tools"];
    private static readonly string[] BlockTags = ["P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "FIGCAPTION", "DT", "DD"];

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public LoadedDocument Load(string fileName, string content)
    {
        HtmlShapeGuard.Check(content);
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(content);
        var title = Meta(document, "og:title") ?? document.QuerySelector("h1")?.TextContent.Trim() ?? NullIfEmpty(document.Title);
        var published = FrontMatter.ParseDateLenient(
            Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var language = NullIfEmpty(document.DocumentElement.GetAttribute("lang"));
        var url = Meta(document, "og:url") ?? document.QuerySelector("link[rel=canonical]")?.GetAttribute("href");

        var body = ReadableBody(content) ?? ChromeFreeBody(document);
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new DocumentLoadException("the page has no readable text");
        }

        return new LoadedDocument(null, title, language, published, url, body);
    }

    private static string? ReadableBody(string content)
    {
        try
        {
            var article = SmartReader.Reader.ParseArticle("https://localhost/article", content);
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            {
                return null;
            }

            using var main = new HtmlParser().ParseDocument(article.Content);
            var text = BlocksOf(main.Body!);
            return text.Length >= 200 ? text : null;
        }
#pragma warning disable CA1031 // Readability is a heuristic: when it fails, the chrome-stripping path still reads the page.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static string ChromeFreeBody(IHtmlDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', ChromeTags)).ToList())
        {
            element.Remove();
        }

        foreach (var element in document.All.Where(IsChrome).ToList())
        {
            element.Remove();
        }

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
        return root is null ? string.Empty : BlocksOf(root);
    }

    private static bool IsChrome(IElement element)
    {
        var marker = $"{element.Id} {element.ClassName} {element.GetAttribute("role")}".ToLowerInvariant();
        return marker.Trim().Length > 0 && ChromeHints.Any(hint => marker.Contains(hint, StringComparison.Ordinal))
            && element.LocalName is not ("article" or "main" or "body" or "html");
    }

    /// <summary>
    /// The text of the outermost block elements under <paramref name="root"/>, in document order, one per paragraph;
    /// the whole text when there are none. One walk over the tree (a block's inside is not searched again for blocks),
    /// so the time is linear in the size of the page, whatever its depth.
    /// </summary>
    private static string BlocksOf(IElement root)
    {
        // A block around the root makes every block inside it nested: the root's text is taken whole, as before.
        if (root.Ancestors().OfType<IElement>().Any(IsBlock))
        {
            return root.TextContent.Trim();
        }

        var sb = new StringBuilder();
        var found = false;
        var pending = new Stack<IElement>();
        PushChildren(pending, root);
        while (pending.TryPop(out var element))
        {
            if (!IsBlock(element))
            {
                PushChildren(pending, element);
                continue;
            }

            found = true;
            var text = element.TextContent.Trim();
            if (text.Length > 0)
            {
                sb.Append(text).Append("\n\n");
            }
        }

        return found ? sb.ToString().Trim() : root.TextContent.Trim();
    }

    private static bool IsBlock(IElement element) => BlockTags.Contains(element.TagName, StringComparer.Ordinal);

    // Children pushed last-first, so they are popped in document order.
    private static void PushChildren(Stack<IElement> pending, IElement parent)
    {
        for (var child = parent.LastElementChild; child is not null; child = child.PreviousElementSibling)
        {
            pending.Push(child);
        }
    }

    private static string? Meta(IHtmlDocument document, string name) =>
        NullIfEmpty(document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content"));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
