namespace DealBot.Core.Facts;

/// <summary>An entity and its names in both languages (英伟达 = Nvidia, 千兆瓦 = 吉瓦 = GW).</summary>
/// <param name="Id">Canonical key, for example "nvidia"; also the shared retrieval term of all its names.</param>
/// <param name="Kind">"company", "person", "product", "project", "agency", "unit", "place" or "concept".</param>
/// <param name="English">English names, the first being the display name.</param>
/// <param name="Chinese">Chinese names, the first being the display name.</param>
public sealed record GlossaryEntry(string Id, string Kind, IReadOnlyList<string> English, IReadOnlyList<string> Chinese)
{
    /// <summary>
    /// Other ways people write the entity, in any language and any case: tickers ("nvda"), nicknames ("team green",
    /// "老黄"), common slips ("openia", "英伟大"). They are recognised, never displayed.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>
    /// The entity this one stands for in questions about the deal: a chief executive for the company ("how much is
    /// Jensen putting in" asks about Nvidia). Null for most entries.
    /// </summary>
    public string? Represents { get; init; }

    /// <summary>Every name of the entry: English, Chinese and aliases.</summary>
    public IEnumerable<string> AllNames => English.Concat(Chinese).Concat(Aliases);
}
