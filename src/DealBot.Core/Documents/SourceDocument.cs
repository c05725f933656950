namespace DealBot.Core.Documents;

/// <summary>An article of the knowledge base after loading and cleaning.</summary>
/// <param name="SourceId">Stable id from the front matter, or derived from the file name.</param>
/// <param name="Title">Title shown in citations.</param>
/// <param name="Language">"en" or "zh".</param>
/// <param name="Published">Publication date, when the article states one.</param>
/// <param name="SourceUrl">Where the article came from, when known.</param>
/// <param name="FileName">File name relative to the knowledge directory.</param>
/// <param name="ContentHash">SHA-256 of the file bytes, hex.</param>
/// <param name="Text">Cleaned body text.</param>
public sealed record SourceDocument(
    string SourceId,
    string Title,
    string Language,
    DateOnly? Published,
    string? SourceUrl,
    string FileName,
    string ContentHash,
    string Text);
