using DealBot.Core.Facts;
using DealBot.Knowledge.Facts;
using DealBot.Knowledge.Ingestion;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Retrieval;

/// <summary>The articles and facts of the live knowledge base: the last refresh's state and the facts published with the live index.</summary>
public sealed class KnowledgeCatalog(KnowledgePaths paths, FactSheetCache facts, ILogger<KnowledgeCatalog> logger) : IKnowledgeCatalog
{
    // Every answer asks for the sources; the state file (which holds whole documents) is read again only when a
    // refresh has rewritten it.
    private volatile CachedSources? _sources;

    public async Task<IReadOnlyList<SourceInfo>> GetSourcesAsync(CancellationToken cancellationToken = default)
    {
        var stamp = File.Exists(paths.StateFile) ? File.GetLastWriteTimeUtc(paths.StateFile) : DateTime.MinValue;
        if (_sources is { } cached && cached.Stamp == stamp)
        {
            return cached.Sources;
        }

        var state = await RefreshState.LoadAsync(paths.StateFile, logger, cancellationToken).ConfigureAwait(false);
        var sources = state.Files
            .Where(f => f.Value.LastGood is not null)
            .Select(f => f.Value.LastGood!)
            .Select(d => new SourceInfo(d.SourceId, d.Title, d.Language, d.Published, d.FileName))
            // A refresh never publishes an id twice; a state file written before that was enforced may hold one, and
            // callers key sources by id.
            .DistinctBy(s => s.SourceId, StringComparer.Ordinal)
            .OrderBy(s => s.Published ?? DateOnly.MaxValue)
            .ThenBy(s => s.SourceId, StringComparer.Ordinal)
            .ToList();
        _sources = new CachedSources(stamp, sources);
        return sources;
    }

    public Task<FactSheet> GetFactsAsync(CancellationToken cancellationToken = default) => facts.GetAsync(cancellationToken);

    private sealed record CachedSources(DateTime Stamp, IReadOnlyList<SourceInfo> Sources);
}
