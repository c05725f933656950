using DealBot.Core.Retrieval;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Reads which generations the aliases point at, and what the live one holds.</summary>
internal sealed class QdrantStatusReader(IQdrantGateway gateway, QdrantRetry retry, IOptions<QdrantOptions> options)
{
    public const string Provider = "qdrant";

    private readonly QdrantOptions _options = options.Value;

    public async Task<AliasState> ReadAliasesAsync(CancellationToken cancellationToken)
    {
        var aliases = await retry.ExecuteAsync(
            "list aliases", gateway.ListAliasesAsync, cancellationToken).ConfigureAwait(false);
        return Generations.Resolve(_options.Collection, aliases);
    }

    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        var state = await ReadAliasesAsync(cancellationToken).ConfigureAwait(false);
        var previousVersion = state.Previous is null
            ? null
            : await VersionOfAsync(state.Previous, cancellationToken).ConfigureAwait(false);
        if (state.Live is null)
        {
            return new StoreStatus(
                Provider, false, null, 0, previousVersion,
                $"no index published behind alias '{_options.Collection}' at {_options.Endpoint}; run ingest");
        }

        var version = await VersionOfAsync(state.Live, cancellationToken).ConfigureAwait(false);
        var count = await retry.ExecuteAsync(
            "count", ct => gateway.CountAsync(state.Live, ct), cancellationToken).ConfigureAwait(false);
        return new StoreStatus(
            Provider, count > 0, version, (long)count, previousVersion,
            $"alias '{_options.Collection}' -> collection '{state.Live}' at {_options.Endpoint}");
    }

    /// <summary>The version label stored in the collection's metadata; the collection name when it has none.</summary>
    private async Task<string> VersionOfAsync(string collection, CancellationToken cancellationToken)
    {
        try
        {
            var info = await retry.ExecuteAsync(
                "collection info", ct => gateway.GetCollectionInfoAsync(collection, ct), cancellationToken).ConfigureAwait(false);
            if (info.Config?.Metadata is { } metadata
                && metadata.TryGetValue(QdrantSchema.VersionKey, out var value)
                && value.HasStringValue)
            {
                return value.StringValue;
            }
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            // Dropped by hand while an alias still named it; the name is all there is.
        }

        return collection;
    }
}
