using Grpc.Core;
using Moq;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant.Tests;

/// <summary>A strict gateway mock that records every call in order, for the store's unit tests.</summary>
internal sealed class GatewaySetup
{
    public Mock<IQdrantGateway> Mock { get; } = TestStores.Gateway();

    public List<string> Calls { get; } = [];

    public List<IReadOnlyList<AliasOperations>> AliasUpdates { get; } = [];

    public static RpcException Error(StatusCode status) => new(new Status(status, status.ToString()));

    /// <summary>A server holding the given aliases, accepting every write, and loading <paramref name="count"/> points.</summary>
    public GatewaySetup Server(ulong count, params (string Alias, string Collection)[] aliases)
    {
        var list = aliases.Select(a => new AliasDescription { AliasName = a.Alias, CollectionName = a.Collection }).ToList();
        Mock.Setup(g => g.ListAliasesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(list);
        Mock.Setup(g => g.CollectionExistsAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string c, CancellationToken _) => Calls.Add($"exists {c}")).ReturnsAsync(false);
        Mock.Setup(g => g.CreateCollectionAsync(It.IsAny<CreateCollection>(), It.IsAny<CancellationToken>()))
            .Callback((CreateCollection r, CancellationToken _) => Calls.Add($"create {r.CollectionName}")).Returns(Task.CompletedTask);
        Mock.Setup(g => g.CreatePayloadIndexAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<PayloadSchemaType>(), It.IsAny<CancellationToken>()))
            .Callback((string c, string f, PayloadSchemaType _, CancellationToken _) => Calls.Add($"index {f}")).Returns(Task.CompletedTask);
        Mock.Setup(g => g.UpsertAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<PointStruct>>(), It.IsAny<CancellationToken>()))
            .Callback((string c, IReadOnlyList<PointStruct> p, CancellationToken _) => Calls.Add($"upsert {p.Count}")).Returns(Task.CompletedTask);
        Mock.Setup(g => g.CountAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string c, CancellationToken _) => Calls.Add($"count {c}")).ReturnsAsync(count);
        Mock.Setup(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()))
            .Callback((QdrantQueryRequest r, CancellationToken _) => Calls.Add($"query {r.Collection}"))
            .ReturnsAsync([new ScoredPoint { Id = Guid.NewGuid(), Score = 1 }]);
        Mock.Setup(g => g.UpdateAliasesAsync(It.IsAny<IReadOnlyList<AliasOperations>>(), It.IsAny<CancellationToken>()))
            .Callback((IReadOnlyList<AliasOperations> ops, CancellationToken _) =>
            {
                Calls.Add("aliases");
                AliasUpdates.Add(ops);
            })
            .Returns(Task.CompletedTask);
        Mock.Setup(g => g.DeleteCollectionAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Callback((string c, CancellationToken _) => Calls.Add($"drop {c}")).Returns(Task.CompletedTask);
        return this;
    }
}
