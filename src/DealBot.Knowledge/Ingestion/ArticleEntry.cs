using DealBot.Core.Documents;

namespace DealBot.Knowledge.Ingestion;

/// <summary>How an article stands in a refresh compared with the live index.</summary>
internal enum ArticleChange
{
    /// <summary>The file is as it was indexed.</summary>
    Unchanged,

    /// <summary>A new file, read successfully.</summary>
    Added,

    /// <summary>A changed file, read successfully.</summary>
    Updated,

    /// <summary>The file was refused; its last good version keeps answering.</summary>
    KeptLastGood,
}

/// <summary>
/// An article a refresh means to publish: the document, how it changed, the file's previous state (for its last good
/// version), and the passages already cut from it when it was read in this refresh.
/// </summary>
internal sealed record ArticleEntry(
    string Name,
    SourceDocument Document,
    ArticleChange Change,
    FileState? Previous,
    string Hash,
    IReadOnlyList<PassageDraft>? Drafts,
    StagedFile? Staged)
{
    /// <summary>The name the moderator knows the file by: an upload's own name, else its name in the folder.</summary>
    public string DisplayName => Staged?.GivenName ?? Name;

    /// <summary>Whether this entry's content was read in this refresh (rather than carried over).</summary>
    public bool IsNewContent => Change is ArticleChange.Added or ArticleChange.Updated;

    /// <summary>The file's last good version instead of this content, when it has one; null otherwise.</summary>
    public ArticleEntry? LastGood(string reason) =>
        IsNewContent && Previous?.LastGood is { } lastGood
            ? new ArticleEntry(Name, lastGood, ArticleChange.KeptLastGood, Previous with { LastError = reason }, Previous.Hash, null, Staged)
            : null;

    /// <summary>What the refresh state records for this file once published.</summary>
    public FileState ToState() => Change == ArticleChange.KeptLastGood || Change == ArticleChange.Unchanged
        ? Previous!
        : new FileState(Hash, Document, null);
}
