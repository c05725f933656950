namespace DealBot.Knowledge.Loading;

/// <summary>What a loader read from a file, before cleaning.</summary>
/// <param name="Id">The id the file declares (front matter), if any.</param>
/// <param name="Title">The title the file declares, if any.</param>
/// <param name="Language">The language the file declares, if any.</param>
/// <param name="Published">The date the file declares, or that the loader found in the page or a dateline.</param>
/// <param name="SourceUrl">The origin the file declares, if any.</param>
/// <param name="Body">The body as plain text, paragraphs separated by blank lines.</param>
public sealed record LoadedDocument(string? Id, string? Title, string? Language, DateOnly? Published, string? SourceUrl, string Body)
{
    /// <summary>
    /// What a moderator should know about a file that was accepted all the same (for example that no published date
    /// was found), one line each; empty when there is nothing to say. The refresh report lists them per file.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
