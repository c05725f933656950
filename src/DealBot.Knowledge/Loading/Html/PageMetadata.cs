using AngleSharp.Dom;

namespace DealBot.Knowledge.Loading.Html;

/// <summary>What a saved page says about itself in its markup.</summary>
/// <param name="Title">See <see cref="PageTitle"/>.</param>
/// <param name="Published">See <see cref="PageDates"/>; null when the markup gives no date.</param>
/// <param name="YearElsewhere">A year from the page's other dates, for a dateline that gives none.</param>
/// <param name="Language">The html lang attribute, or the content-language / og:locale meta tag.</param>
/// <param name="Url">og:url or the canonical link.</param>
internal sealed record PageMetadata(string? Title, DateOnly? Published, int? YearElsewhere, string? Language, string? Url)
{
    public static PageMetadata Read(IDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = MetaTags.Read(document);
        var jsonLd = JsonLdArticle.Read(document);
        var language = NullIfEmpty(document.DocumentElement?.GetAttribute("lang")) ?? meta.First("content-language", "og:locale", "language");
        var url = meta.First("og:url") ?? NullIfEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        return new PageMetadata(
            PageTitle.Find(document, meta, jsonLd),
            PageDates.Published(document, meta, jsonLd),
            PageDates.YearElsewhere(meta, jsonLd),
            language,
            url);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
