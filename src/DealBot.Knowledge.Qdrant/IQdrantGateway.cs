using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant;

/// <summary>
/// The few Qdrant calls the store makes, so that request building can be tested without a server. Each member maps to
/// one <c>QdrantClient</c> call; no logic lives behind it.
/// </summary>
internal interface IQdrantGateway
{
    Task<HealthCheckReply> HealthAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<AliasDescription>> ListAliasesAsync(CancellationToken cancellationToken);

    Task UpdateAliasesAsync(IReadOnlyList<AliasOperations> operations, CancellationToken cancellationToken);

    Task<bool> CollectionExistsAsync(string collection, CancellationToken cancellationToken);

    Task CreateCollectionAsync(CreateCollection request, CancellationToken cancellationToken);

    Task DeleteCollectionAsync(string collection, CancellationToken cancellationToken);

    Task<CollectionInfo> GetCollectionInfoAsync(string collection, CancellationToken cancellationToken);

    Task CreatePayloadIndexAsync(string collection, string field, PayloadSchemaType schemaType, CancellationToken cancellationToken);

    Task UpsertAsync(string collection, IReadOnlyList<PointStruct> points, CancellationToken cancellationToken);

    Task<ulong> CountAsync(string collection, CancellationToken cancellationToken);

    Task<IReadOnlyList<ScoredPoint>> QueryAsync(QdrantQueryRequest request, CancellationToken cancellationToken);
}
