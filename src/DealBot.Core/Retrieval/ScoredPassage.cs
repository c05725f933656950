using DealBot.Core.Documents;

namespace DealBot.Core.Retrieval;

/// <summary>A search result: the passage (with its figures), its fused score and the rank it had in each leg.</summary>
public sealed record ScoredPassage(Passage Passage, double Score, int? DenseRank = null, int? SparseRank = null);
