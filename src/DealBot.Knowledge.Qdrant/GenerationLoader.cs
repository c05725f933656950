using DealBot.Core.Retrieval;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Creates one generation's collection, loads it in batches and checks it before anyone can see it.</summary>
internal sealed class GenerationLoader(IQdrantGateway gateway, QdrantRetry retry, IOptions<QdrantOptions> options)
{
    private readonly QdrantOptions _options = options.Value;

    public async Task LoadAsync(string collection, IndexBuild build, CancellationToken cancellationToken)
    {
        var request = QdrantSchema.CreateCollection(collection, build.DenseDimensions, build.Version, _options);
        await retry.ExecuteAsync(
            "create collection", ct => gateway.CreateCollectionAsync(request, ct), cancellationToken).ConfigureAwait(false);

        // Indexes first: points loaded afterwards get filter-aware HNSW links, and filters never scan.
        foreach (var (field, type) in QdrantSchema.PayloadIndexes)
        {
            await retry.ExecuteAsync(
                "create payload index",
                ct => gateway.CreatePayloadIndexAsync(collection, field, type, ct),
                cancellationToken).ConfigureAwait(false);
        }

        // Upserts are idempotent (deterministic ids), so retrying a batch is safe.
        foreach (var batch in build.Passages.Chunk(_options.BatchSize))
        {
            var points = batch.Select(PassagePoints.ToPoint).ToList();
            await retry.ExecuteAsync(
                "upsert", ct => gateway.UpsertAsync(collection, points, ct), cancellationToken).ConfigureAwait(false);
        }

        await VerifyAsync(collection, build, cancellationToken).ConfigureAwait(false);
    }

    private async Task VerifyAsync(string collection, IndexBuild build, CancellationToken cancellationToken)
    {
        var count = await retry.ExecuteAsync(
            "count", ct => gateway.CountAsync(collection, ct), cancellationToken).ConfigureAwait(false);
        if (count != (ulong)build.Passages.Count)
        {
            throw new InvalidOperationException(
                $"Generation {collection} holds {count} points where {build.Passages.Count} were loaded.");
        }

        var probe = QdrantQueries.Probe(collection, build.Passages[0].Dense);
        var hits = await retry.ExecuteAsync(
            "probe query", ct => gateway.QueryAsync(probe, ct), cancellationToken).ConfigureAwait(false);
        if (hits.Count == 0)
        {
            throw new InvalidOperationException($"Generation {collection} answered the probe query with no hits.");
        }
    }
}
