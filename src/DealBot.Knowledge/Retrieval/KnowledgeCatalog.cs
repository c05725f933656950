using DealBot.Core.Facts;
using DealBot.Knowledge.Facts;
using DealBot.Knowledge.Ingestion;

namespace DealBot.Knowledge.Retrieval;

/// <summary>The articles and facts of the live knowledge base, from the last refresh's state and the fact files.</summary>
public sealed class KnowledgeCatalog(KnowledgePaths paths, FactSheetCache facts) : IKnowledgeCatalog
{
    public async Task<IReadOnlyList<SourceInfo>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        var state = await RefreshState.LoadAsync(paths.StateFile, cancellationToken).ConfigureAwait(false);
        return state.Files
            .Where(f => f.Value.LastGood is not null)
            .Select(f => f.Value.LastGood!)
            .Select(d => new SourceInfo(d.SourceId, d.Title, d.Language, d.Published, d.FileName))
            .OrderBy(s => s.Published ?? DateOnly.MaxValue)
            .ThenBy(s => s.SourceId, StringComparer.Ordinal)
            .ToList();
    }

    public Task<FactSheet> GetFactsAsync(CancellationToken cancellationToken = default) => facts.GetAsync(cancellationToken);
}
