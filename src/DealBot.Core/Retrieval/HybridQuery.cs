namespace DealBot.Core.Retrieval;

/// <summary>One hybrid search: a dense and a sparse leg, fused by reciprocal rank.</summary>
/// <param name="Dense">Normalised query embedding.</param>
/// <param name="Sparse">Query terms, weight 1 each.</param>
/// <param name="Filter">Language and source restrictions, applied to both legs.</param>
/// <param name="Limit">How many fused results to return.</param>
/// <param name="CandidateLimit">How many results each leg contributes to the fusion.</param>
public sealed record HybridQuery(float[] Dense, SparseVector Sparse, PassageFilter Filter, int Limit = 10, int CandidateLimit = 50)
{
    /// <summary>
    /// The k of reciprocal rank fusion: a passage ranked r (from 1) in a leg scores 1 / (k + r) there. Every store
    /// fuses with the same k, so the embedded store and Qdrant rank alike.
    /// </summary>
    public const int RankConstant = 60;
}
