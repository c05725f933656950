namespace DealBot.Core.Retrieval;

/// <summary>What a passage store currently serves.</summary>
/// <param name="Provider">"embedded" or "qdrant".</param>
/// <param name="Ready">True when a complete index is being served.</param>
/// <param name="Version">Version of the live index, when there is one.</param>
/// <param name="PassageCount">Passages in the live index.</param>
/// <param name="PreviousVersion">The generation kept for a rollback, when there is one.</param>
/// <param name="Detail">A short human-readable note (where it lives, why it is not ready).</param>
public sealed record StoreStatus(string Provider, bool Ready, string? Version, long PassageCount, string? PreviousVersion, string? Detail)
{
    /// <summary>
    /// True when what is served was found by falling back past damaged files: the next refresh publishes again, even
    /// if nothing changed, so the store's files are whole again.
    /// </summary>
    public bool NeedsRepair { get; init; }
}
