namespace DealBot.Core.Facts;

/// <summary>The curated facts of the knowledge base: typed figures, timeline, attributed views and the glossary.</summary>
public sealed record FactSheet(
    IReadOnlyList<FactFigure> Figures,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<AttributedView> Views,
    IReadOnlyList<GlossaryEntry> Glossary)
{
    /// <summary>A fact sheet with nothing in it, for a knowledge directory without facts.</summary>
    public static FactSheet Empty { get; } = new([], [], [], []);
}
