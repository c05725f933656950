namespace DealBot.Knowledge.Loading.Dates;

/// <summary>
/// The last resort for a document that declares no date: its dateline; and when that fails too, the document is still
/// accepted, with a warning for the refresh report, since answers quoting it cannot say when it was reported.
/// </summary>
internal static class PublishedDateFallback
{
    public const string NoDateWarning =
        "no published date found (no date in the front matter or page metadata, and no dateline): answers quoting this article will not say when it was reported";

    /// <param name="document">The document as loaded.</param>
    /// <param name="yearElsewhere">A year the page states outside its text (metadata), for a dateline without one.</param>
    public static LoadedDocument Complete(LoadedDocument document, int? yearElsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Published is not null)
        {
            return document;
        }

        var dateline = DatelineReader.Find(document.Body, yearElsewhere);
        if (dateline?.Date is { } date)
        {
            return document with { Published = date };
        }

        var warning = dateline is null
            ? NoDateWarning
            : $"no published date found: the dateline '{dateline.Text}' gives no year and no other date in the article does; answers quoting this article will not say when it was reported";
        return document with { Warnings = [.. document.Warnings, warning] };
    }
}
