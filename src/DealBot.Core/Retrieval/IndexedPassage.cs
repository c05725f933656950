using DealBot.Core.Documents;

namespace DealBot.Core.Retrieval;

/// <summary>A passage with the vectors it is found by.</summary>
public sealed record IndexedPassage(Passage Passage, float[] Dense, SparseVector Sparse);
