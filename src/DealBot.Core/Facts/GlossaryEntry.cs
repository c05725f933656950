namespace DealBot.Core.Facts;

/// <summary>An entity and its names in both languages (英伟达 = Nvidia, 千兆瓦 = 吉瓦 = GW).</summary>
/// <param name="Id">Canonical key, for example "nvidia"; also the shared retrieval term of all its names.</param>
/// <param name="Kind">"company", "person", "product", "project", "agency", "unit", "place" or "concept".</param>
/// <param name="English">English names, the first being the display name.</param>
/// <param name="Chinese">Chinese names, the first being the display name.</param>
public sealed record GlossaryEntry(string Id, string Kind, IReadOnlyList<string> English, IReadOnlyList<string> Chinese);
