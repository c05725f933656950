namespace DealBot.Core.Retrieval;

/// <summary>A complete index, ready to be published in one swap.</summary>
/// <param name="Version">Monotonic version label (a UTC timestamp), naming the built generation.</param>
/// <param name="Passages">Every passage of the knowledge base with its vectors.</param>
/// <param name="DenseDimensions">Length of every dense vector.</param>
public sealed record IndexBuild(string Version, IReadOnlyList<IndexedPassage> Passages, int DenseDimensions);
