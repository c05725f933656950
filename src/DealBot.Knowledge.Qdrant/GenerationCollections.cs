using DealBot.Core.Retrieval;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Names new generations and drops the ones no alias points at any more.</summary>
internal sealed class GenerationCollections(
    IQdrantGateway gateway, QdrantRetry retry, IOptions<QdrantOptions> options, ILogger logger)
{
    private readonly QdrantOptions _options = options.Value;
    private readonly QdrantStatusReader _status = new(gateway, retry, options);

    /// <summary>The version's collection name, skipping names a live or kept generation uses; leftovers are dropped.</summary>
    public async Task<string> FreeNameAsync(string version, AliasState state, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Generations.CollectionName(_options.Collection, version, attempt);
            if (name == state.Live || name == state.Previous)
            {
                continue;
            }

            var exists = await retry.ExecuteAsync(
                "collection exists", ct => gateway.CollectionExistsAsync(name, ct), cancellationToken).ConfigureAwait(false);
            if (exists)
            {
                // An earlier publish of this version failed before its alias moved; nobody reads it.
                await retry.ExecuteAsync(
                    "drop leftover", ct => gateway.DeleteCollectionAsync(name, ct), cancellationToken).ConfigureAwait(false);
            }

            return name;
        }
    }

    /// <summary>
    /// Drops a failed generation, unless the alias swap did land (a deadline can expire after the server applied it):
    /// then it is live, and dropping it would empty the index.
    /// </summary>
    public async Task DropUnlessAliasedAsync(string collection)
    {
        try
        {
            var state = await _status.ReadAliasesAsync(CancellationToken.None).ConfigureAwait(false);
            if (state.Live != collection && state.Previous != collection)
            {
                await DropAsync(collection).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is RpcException or KnowledgeStoreUnavailableException)
        {
            QdrantLog.DropFailed(logger, collection, ex);
        }
    }

    public async Task DropAsync(string? collection)
    {
        if (collection is null)
        {
            return;
        }

        try
        {
            // Not cancellable: a half-finished cleanup leaves garbage behind.
            await retry.ExecuteAsync(
                "drop generation", ct => gateway.DeleteCollectionAsync(collection, ct), CancellationToken.None).ConfigureAwait(false);
            QdrantLog.Dropped(logger, collection);
        }
        catch (Exception ex) when (ex is RpcException or KnowledgeStoreUnavailableException)
        {
            QdrantLog.DropFailed(logger, collection, ex);
        }
    }
}
