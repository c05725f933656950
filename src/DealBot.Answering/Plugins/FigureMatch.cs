using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Plugins;

/// <summary>A curated figure found for a question.</summary>
/// <param name="Id">The figure's id.</param>
/// <param name="Reference">"source_id#figure_id", for a calculation's inputs; the source is in the answer's language when it has one.</param>
/// <param name="Label">What the figure is, in the answer's language.</param>
/// <param name="Value">Normalised value (USD, W, %, count).</param>
/// <param name="Unit">Normalised unit.</param>
/// <param name="Qualifier">"up to", "at least", "more than"...</param>
/// <param name="Display">The figure for people, with its hedge: "up to US$100 billion" / "高达1000亿美元".</param>
/// <param name="AsOf">The date the sources state it for.</param>
/// <param name="Note">Context a careful answer mentions.</param>
/// <param name="Sources">Article ids and verbatim quotes, the answer's language first.</param>
/// <param name="Score">How well it matched the question.</param>
public sealed record FigureMatch(
    string Id,
    string Reference,
    string Label,
    decimal Value,
    string Unit,
    Qualifier Qualifier,
    string Display,
    DateOnly AsOf,
    string? Note,
    IReadOnlyList<FactSource> Sources,
    double Score);
