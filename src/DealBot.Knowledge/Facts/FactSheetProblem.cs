namespace DealBot.Knowledge.Facts;

/// <summary>A consistency problem of a loaded fact sheet, found by <see cref="FactSheetValidator"/>.</summary>
/// <param name="EntryId">The figure, event, view or glossary entry concerned.</param>
/// <param name="Message">What is wrong.</param>
public sealed record FactSheetProblem(string EntryId, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{EntryId}: {Message}";
}
