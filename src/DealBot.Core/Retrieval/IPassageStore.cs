namespace DealBot.Core.Retrieval;

/// <summary>
/// Where indexed passages live and are searched: in process (embedded) or in Qdrant. Readers only ever see a complete
/// index: <see cref="PublishAsync"/> builds the new generation beside the live one and swaps only when it is whole.
/// </summary>
public interface IPassageStore
{
    /// <summary>Builds <paramref name="build"/> beside the live index, checks it, then makes it live in one swap.</summary>
    /// <exception cref="KnowledgeStoreUnavailableException">The store cannot be reached.</exception>
    Task PublishAsync(IndexBuild build, CancellationToken cancellationToken = default);

    /// <summary>Hybrid search over the live index; empty when there is none.</summary>
    /// <exception cref="KnowledgeStoreUnavailableException">The store cannot be reached.</exception>
    Task<IReadOnlyList<ScoredPassage>> SearchAsync(HybridQuery query, CancellationToken cancellationToken = default);

    /// <summary>What is live now.</summary>
    Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>Makes the previous generation live again; false when there is none to go back to.</summary>
    Task<bool> RollbackAsync(CancellationToken cancellationToken = default);
}
