using DealBot.Core.Documents;

namespace DealBot.Core.Facts;

/// <summary>What the live knowledge base holds: its articles and curated facts, as of the last successful refresh.</summary>
public interface IKnowledgeCatalog
{
    /// <summary>The articles, without their bodies' passages.</summary>
    Task<IReadOnlyList<SourceInfo>> GetSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>The curated facts, loaded from the knowledge directory.</summary>
    Task<FactSheet> GetFactsAsync(CancellationToken cancellationToken = default);
}

/// <summary>An article of the knowledge base, as listed to users.</summary>
public sealed record SourceInfo(string SourceId, string Title, string Language, DateOnly? Published, string FileName);
