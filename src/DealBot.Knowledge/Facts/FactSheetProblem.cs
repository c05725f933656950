namespace DealBot.Knowledge.Facts;

/// <summary>A consistency problem of a loaded fact sheet, found by <see cref="FactSheetValidator"/>.</summary>
/// <param name="EntryId">The figure, event, view or glossary entry concerned.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FactSheetProblem(string EntryId, string Message)
{
    /// <summary>The file the entry is in: <c>facts.yaml</c> or <c>glossary.yaml</c>.</summary>
    public string File { get; init; } = FactSheetLoader.FactsFileName;

    /// <summary>For a problem with a source: the article it names.</summary>
    public string? ArticleId { get; init; }

    /// <summary>For a quote that is not found: the quote.</summary>
    public string? Quote { get; init; }

    /// <summary>True when the id of the entry is given more than once.</summary>
    public bool IsDuplicate { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{EntryId}: {Message}";
}
