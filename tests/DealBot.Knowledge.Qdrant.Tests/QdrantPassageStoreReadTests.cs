using DealBot.Core.Retrieval;
using DealBot.Testing.Stores;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;
using Moq;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantPassageStoreReadTests
{
    private static readonly HybridQuery Query = ContractPassages.Query(ContractPassages.Axis(0), ContractPassages.Terms(1));

    [Fact]
    public async Task SearchAsync_Hits_MapsPayloadAndFusedScore()
    {
        var server = new GatewaySetup();
        var point = PassagePoints.ToPoint(ContractPassages.Investment);
        var hit = new ScoredPoint { Id = point.Id, Score = 0.75f };
        hit.Payload.Add(point.Payload);
        server.Mock.Setup(g => g.QueryAsync(It.Is<QdrantQueryRequest>(r => r.Collection == "dp"), It.IsAny<CancellationToken>()))
            .ReturnsAsync([hit]);
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        var hits = await store.SearchAsync(Query);

        var result = Assert.Single(hits);
        Assert.Equal(ContractPassages.Investment.Passage.Id, result.Passage.Id);
        Assert.Equal(0.75, result.Score, 3);
        Assert.Null(result.DenseRank);
    }

    [Fact]
    public async Task SearchAsync_AliasNotFound_ReturnsNoHits()
    {
        var server = new GatewaySetup();
        server.Mock.Setup(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(GatewaySetup.Error(StatusCode.NotFound));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        Assert.Empty(await store.SearchAsync(Query));
    }

    [Fact]
    public async Task SearchAsync_EmptySourceIdSet_ReturnsNoHitsWithoutQuerying()
    {
        var server = new GatewaySetup();
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        var hits = await store.SearchAsync(Query with { Filter = new PassageFilter(SourceIds: []) });

        Assert.Empty(hits);
        server.Mock.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task SearchAsync_ServerUnavailable_RetriesThenThrowsKnowledgeStoreUnavailable()
    {
        var server = new GatewaySetup();
        server.Mock.Setup(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(GatewaySetup.Error(StatusCode.Unavailable));
        var options = TestStores.Options("dp");
        options.RetryCount = 2;
        var store = TestStores.Store(server.Mock.Object, options);

        var ex = await Assert.ThrowsAsync<KnowledgeStoreUnavailableException>(() => store.SearchAsync(Query));

        Assert.Contains("knowledge base unavailable", ex.Message, StringComparison.Ordinal);
        server.Mock.Verify(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task SearchAsync_DeadlineExceededOnce_RecoversOnRetry()
    {
        var server = new GatewaySetup();
        server.Mock.SetupSequence(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(GatewaySetup.Error(StatusCode.DeadlineExceeded))
            .ReturnsAsync([]);
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        Assert.Empty(await store.SearchAsync(Query));
    }

    [Fact]
    public async Task SearchAsync_ServerUnavailable_WaitsWithBackoffBetweenAttempts()
    {
        var server = new GatewaySetup();
        server.Mock.Setup(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(GatewaySetup.Error(StatusCode.Unavailable));
        var options = TestStores.Options("dp");
        options.RetryCount = 1;
        options.RetryBaseDelay = TimeSpan.FromSeconds(1);
        options.RetryMaxDelay = TimeSpan.FromSeconds(10);
        var time = new FakeTimeProvider();
        var store = TestStores.Store(server.Mock.Object, options, time);

        var search = store.SearchAsync(Query);
        await Task.Delay(50);
        var waitedBeforeRetry = !search.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(1));

        Assert.True(waitedBeforeRetry);
        await Assert.ThrowsAsync<KnowledgeStoreUnavailableException>(() => search);
    }

    [Fact]
    public async Task SearchAsync_InvalidArgument_IsNotRetriedNorMaskedAsAnOutage()
    {
        var server = new GatewaySetup();
        server.Mock.Setup(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(GatewaySetup.Error(StatusCode.InvalidArgument));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await Assert.ThrowsAsync<RpcException>(() => store.SearchAsync(Query));
        server.Mock.Verify(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task GetStatusAsync_LiveAndPrevious_ReportsVersionsFromMetadataAndCount()
    {
        var server = new GatewaySetup().Server(42, ("dp", "dp-v2"), ("dp-previous", "dp-v1"));
        server.Mock.Setup(g => g.GetCollectionInfoAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string c, CancellationToken _) => Info(c == "dp-v2" ? "2025-09-24T08:30:00Z" : "2025-09-23T10:00:00Z"));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        var status = await store.GetStatusAsync();

        Assert.Equal(
            new StoreStatus("qdrant", true, "2025-09-24T08:30:00Z", 42, "2025-09-23T10:00:00Z", status.Detail),
            status);
        Assert.Contains("dp-v2", status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RollbackAsync_WithPrevious_MovesTheAliasBackAndDropsTheAbandonedGeneration()
    {
        var server = new GatewaySetup().Server(4, ("dp", "dp-v2"), ("dp-previous", "dp-v1"));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        var rolledBack = await store.RollbackAsync();

        Assert.True(rolledBack);
        Assert.Equal(["aliases", "drop dp-v2"], server.Calls);
        Assert.Equal("dp-v1", server.AliasUpdates[0].Single(o => o.CreateAlias is not null).CreateAlias.CollectionName);
    }

    [Fact]
    public async Task RollbackAsync_NoPrevious_ReturnsFalseWithoutChangingAliases()
    {
        var server = new GatewaySetup().Server(4, ("dp", "dp-v2"));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        Assert.False(await store.RollbackAsync());
        Assert.Empty(server.Calls);
    }

    private static CollectionInfo Info(string version) =>
        new() { Config = new CollectionConfig { Metadata = { ["dealbot_version"] = version } } };
}
