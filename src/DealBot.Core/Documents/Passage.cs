using DealBot.Core.Figures;

namespace DealBot.Core.Documents;

/// <summary>A retrievable span of an article: a few sentences that state one fact with its context.</summary>
/// <param name="Id">Deterministic id: a UUID derived from the source id and position, so re-ingest is idempotent.</param>
/// <param name="SourceId">The article it comes from.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Language">"en" or "zh".</param>
/// <param name="Published">The article's publication date.</param>
/// <param name="Position">Zero-based order of the passage within its article.</param>
/// <param name="Text">The passage text.</param>
/// <param name="Figures">Numbers stated in the passage, normalised.</param>
public sealed record Passage(
    Guid Id,
    string SourceId,
    string Title,
    string Language,
    DateOnly? Published,
    int Position,
    string Text,
    IReadOnlyList<Figure> Figures);
