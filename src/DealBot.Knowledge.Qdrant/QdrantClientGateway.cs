using Qdrant.Client;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant;

/// <summary>The gateway over the process-wide <see cref="QdrantClient"/>.</summary>
internal sealed class QdrantClientGateway(QdrantClient client) : IQdrantGateway
{
    public Task<HealthCheckReply> HealthAsync(CancellationToken cancellationToken) =>
        client.HealthAsync(cancellationToken);

    public Task<IReadOnlyList<AliasDescription>> ListAliasesAsync(CancellationToken cancellationToken) =>
        client.ListAliasesAsync(cancellationToken);

    public Task UpdateAliasesAsync(IReadOnlyList<AliasOperations> operations, CancellationToken cancellationToken) =>
        client.UpdateAliasesAsync(operations, cancellationToken: cancellationToken);

    public Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken) =>
        client.CollectionExistsAsync(collection, cancellationToken);

    public Task CreateCollectionAsync(CreateCollection request, CancellationToken cancellationToken) =>
        client.CreateCollectionAsync(request, cancellationToken);

    public Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken) =>
        client.DeleteCollectionAsync(collection, cancellationToken: cancellationToken);

    public Task<CollectionInfo> GetCollectionInfoAsync(string collection, CancellationToken cancellationToken) =>
        client.GetCollectionInfoAsync(collection, cancellationToken);

    public Task CreatePayloadIndexAsync(
        string collection, string field, PayloadSchemaType schemaType, CancellationToken cancellationToken) =>
        client.CreatePayloadIndexAsync(collection, field, schemaType, wait: true, cancellationToken: cancellationToken);

    public Task UpsertAsync(string collection, IReadOnlyList<PointStruct> points, CancellationToken cancellationToken) =>
        client.UpsertAsync(collection, points, wait: true, cancellationToken: cancellationToken);

    public Task<ulong> CountAsync(string collection, CancellationToken cancellationToken) =>
        client.CountAsync(collection, exact: true, cancellationToken: cancellationToken);

    public Task<IReadOnlyList<ScoredPoint>> QueryAsync(QdrantQueryRequest request, CancellationToken cancellationToken) =>
        client.QueryAsync(
            request.Collection,
            query: request.Query,
            prefetch: request.Prefetch.Count == 0 ? null : request.Prefetch,
            usingVector: request.Using,
            limit: request.Limit,
            cancellationToken: cancellationToken);
}
