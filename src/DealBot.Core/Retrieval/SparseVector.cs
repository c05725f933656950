namespace DealBot.Core.Retrieval;

/// <summary>
/// A sparse term vector: term ids (stable hashes of normalised terms) and their weights. For documents the weights are
/// BM25-saturated term frequencies; for queries every weight is 1, and the store applies IDF.
/// </summary>
public sealed record SparseVector(uint[] Indices, float[] Values)
{
    public static SparseVector Empty { get; } = new([], []);

    public int Count => Indices.Length;
}
