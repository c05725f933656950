using DealBot.Core.Figures;

namespace DealBot.Core.Facts;

/// <summary>A curated, typed figure of the deal (for example Nvidia's planned investment: up to US$100 billion).</summary>
/// <param name="Id">Stable id, used as the input reference of calculations (<c>source_id#figure_id</c>).</param>
/// <param name="Label">What the figure is, in both languages.</param>
/// <param name="Aliases">Other ways people ask about it, in either language.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Value">Normalised value (see <see cref="Figure.Value"/>).</param>
/// <param name="Unit">Normalised unit (see <see cref="Figure.Unit"/>).</param>
/// <param name="Qualifier">"up to", "at least", "more than"...</param>
/// <param name="AsOf">The date the sources state it for.</param>
/// <param name="Sources">Where it is stated; the first is the primary citation.</param>
/// <param name="Note">Context a careful answer mentions (for example "invested progressively as systems are deployed").</param>
public sealed record FactFigure(
    string Id,
    LocalizedText Label,
    IReadOnlyList<string> Aliases,
    FigureKind Kind,
    decimal Value,
    string Unit,
    Qualifier Qualifier,
    DateOnly AsOf,
    IReadOnlyList<FactSource> Sources,
    LocalizedText? Note = null)
{
    /// <summary>
    /// True for the few facts that tell the story in short: what an overview ("explain the deal") and a list of the key
    /// numbers show, in the order of the facts file. Moderators mark them with <c>headline: true</c>.
    /// </summary>
    public bool Headline { get; init; }

    /// <summary>
    /// The ids of the figures this one goes with (the up-to US$100 billion is for the at-least 10 GW; the 8 million
    /// households use as much as those 10 GW). A calculation that scales this figure by a number the member states of
    /// the other kind ("at the same rate, 4 GW?") divides by the figure it goes with. Moderators write
    /// <c>pairs_with: [id]</c>.
    /// </summary>
    public IReadOnlyList<string> PairsWith { get; init; } = [];
}
