using AngleSharp.Html.Parser;
using DealBot.Knowledge.Loading.Dates;
using DealBot.Knowledge.Loading.Html;

namespace DealBot.Knowledge.Loading;

/// <summary>
/// HTML pages, typically saved from news sites: the story's paragraphs without the site around them (see
/// <see cref="ArticleBodyExtractor"/>), the title and published date from the page's metadata (see
/// <see cref="PageMetadata"/>) or else from the story's dateline, and the language from the page. Before the parser
/// sees a page, nesting past the cap is flattened (<see cref="HtmlNestingLimiter"/>) and a page with more elements than
/// any article has is refused (<see cref="HtmlElementLimit"/>): the parser's time and memory grow with both.
/// </summary>
internal sealed class HtmlLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public LoadedDocument Load(string fileName, string content)
    {
        var html = HtmlNestingLimiter.Limit(content);
        HtmlElementLimit.Check(html);
        using var document = new HtmlParser().ParseDocument(html);
        var page = PageMetadata.Read(document);
        var paragraphs = ArticleBodyExtractor.Paragraphs(document, page.Title);
        if (paragraphs.Count == 0)
        {
            throw new DocumentLoadException("the page has no readable text: no story paragraphs were found, only scripts, navigation or site furniture");
        }

        var loaded = new LoadedDocument(null, page.Title, page.Language, page.Published, page.Url, string.Join("\n\n", paragraphs));
        return PublishedDateFallback.Complete(loaded, page.YearElsewhere);
    }
}
