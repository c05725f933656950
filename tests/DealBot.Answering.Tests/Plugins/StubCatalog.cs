using DealBot.Core.Facts;

namespace DealBot.Answering.Tests.Plugins;

/// <summary>An <see cref="IKnowledgeCatalog"/> over a fixed fact sheet.</summary>
internal sealed class StubCatalog(FactSheet facts) : IKnowledgeCatalog
{
    public Task<IReadOnlyList<SourceInfo>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SourceInfo>>([]);

    public Task<FactSheet> GetFactsAsync(CancellationToken cancellationToken = default) => Task.FromResult(facts);
}
