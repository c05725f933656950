using DealBot.Core.Retrieval;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>
/// The passage store in Qdrant. Readers query an alias; a publish loads a new versioned collection beside the live
/// one, checks it, and moves the alias in one atomic update, so a reader never sees a partial or empty index.
/// </summary>
internal sealed class QdrantPassageStore(
    IQdrantGateway gateway,
    QdrantRetry retry,
    IOptions<QdrantOptions> options,
    ILogger<QdrantPassageStore> logger) : IPassageStore, IDisposable
{
    private readonly QdrantOptions _options = options.Value;
    private readonly GenerationLoader _loader = new(gateway, retry, options);
    private readonly QdrantStatusReader _status = new(gateway, retry, options);
    private readonly GenerationCollections _collections = new(gateway, retry, options, logger);

    // Serialises this process's publishes and rollbacks; refreshes come from moderators, one at a time.
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    private string Alias => _options.Collection;

    public async Task PublishAsync(IndexBuild build, CancellationToken cancellationToken = default)
    {
        Validate(build);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await _status.ReadAliasesAsync(cancellationToken).ConfigureAwait(false);
            var collection = await _collections.FreeNameAsync(build.Version, state, cancellationToken).ConfigureAwait(false);
            QdrantLog.LoadingGeneration(logger, collection, build.Passages.Count, Alias);
            try
            {
                await _loader.LoadAsync(collection, build, cancellationToken).ConfigureAwait(false);
                var keep = _options.KeepGenerations > 0;
                var operations = Generations.Publish(Alias, collection, state, keep);
                await retry.ExecuteAsync(
                    "swap alias", ct => gateway.UpdateAliasesAsync(operations, ct), cancellationToken).ConfigureAwait(false);
                QdrantLog.Published(logger, Alias, collection, keep ? state.Live : null);
            }
            catch (Exception ex)
            {
                QdrantLog.LoadFailed(logger, collection, ex);
                await _collections.DropUnlessAliasedAsync(collection).ConfigureAwait(false);
                throw;
            }

            // Only generations no alias points at any more are dropped.
            await _collections.DropAsync(state.Previous).ConfigureAwait(false);
            if (_options.KeepGenerations == 0)
            {
                await _collections.DropAsync(state.Live).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<IReadOnlyList<ScoredPassage>> SearchAsync(HybridQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Filter.SourceIds is { Count: 0 })
        {
            return [];
        }

        var request = QdrantQueries.Hybrid(Alias, query);
        try
        {
            var points = await retry.ExecuteAsync(
                "hybrid query", ct => gateway.QueryAsync(request, ct), cancellationToken).ConfigureAwait(false);
            QdrantLog.Searched(logger, Alias, points.Count);
            return points.Select(p => new ScoredPassage(PassagePoints.ToPassage(p), p.Score)).ToList();
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // No generation was ever published: the alias does not exist yet.
            return [];
        }
    }

    public Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        _status.GetStatusAsync(cancellationToken);

    public async Task<bool> RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var state = await _status.ReadAliasesAsync(cancellationToken).ConfigureAwait(false);
            if (state.Previous is null)
            {
                return false;
            }

            var operations = Generations.Rollback(Alias, state);
            await retry.ExecuteAsync(
                "roll back alias", ct => gateway.UpdateAliasesAsync(operations, ct), cancellationToken).ConfigureAwait(false);
            QdrantLog.RolledBack(logger, Alias, state.Live, state.Previous);

            // The generation rolled away from is the one that was wrong; keeping it would make a second rollback a
            // roll-forward to it.
            if (state.Live != state.Previous)
            {
                await _collections.DropAsync(state.Live).ConfigureAwait(false);
            }

            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose() => _writeLock.Dispose();

    private static void Validate(IndexBuild build)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (build.Passages.Count == 0)
        {
            throw new ArgumentException("Refusing to publish an empty index: readers would lose every passage.", nameof(build));
        }

        if (build.Passages.Any(p => p.Dense.Length != build.DenseDimensions))
        {
            throw new ArgumentException($"Every dense vector must have {build.DenseDimensions} dimensions.", nameof(build));
        }
    }
}
