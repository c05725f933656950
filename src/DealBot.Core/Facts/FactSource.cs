namespace DealBot.Core.Facts;

/// <summary>Where a curated fact is stated: an article and a verbatim quote from it.</summary>
/// <param name="ArticleId">The <c>id</c> of the article in the knowledge directory.</param>
/// <param name="Quote">A verbatim span of that article's text; ingestion resolves it to the passage that contains it.</param>
public sealed record FactSource(string ArticleId, string Quote);
