using DealBot.Testing.Stores;
using Moq;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantPassageStorePublishTests
{
    private const string Version = "2025-09-23T10:00:00Z";
    private const string NewCollection = "dp-v2025-09-23T10-00-00Z";

    [Fact]
    public async Task PublishAsync_FirstPublish_IndexesBeforeLoadingThenCreatesTheAlias()
    {
        var server = new GatewaySetup().Server(4);
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await store.PublishAsync(ContractPassages.Build(Version));

        Assert.Equal(
            [
                $"exists {NewCollection}", $"create {NewCollection}", "index source_id", "index language", "index published",
                "upsert 4", $"count {NewCollection}", $"query {NewCollection}", "aliases",
            ],
            server.Calls);
        var create = Assert.Single(server.AliasUpdates.Single()).CreateAlias;
        Assert.Equal(("dp", NewCollection), (create.AliasName, create.CollectionName));
    }

    [Fact]
    public async Task PublishAsync_SmallBatchSize_UpsertsInBatches()
    {
        var server = new GatewaySetup().Server(4);
        var options = TestStores.Options("dp");
        options.BatchSize = 3;
        var store = TestStores.Store(server.Mock.Object, options);

        await store.PublishAsync(ContractPassages.Build(Version));

        Assert.Equal(["upsert 3", "upsert 1"], server.Calls.Where(c => c.StartsWith("upsert", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task PublishAsync_ThirdGeneration_DropsOnlyTheOldestAfterTheSwap()
    {
        var server = new GatewaySetup().Server(4, ("dp", "dp-v2"), ("dp-previous", "dp-v1"));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await store.PublishAsync(ContractPassages.Build(Version));

        Assert.Equal(["aliases", "drop dp-v1"], server.Calls.SkipWhile(c => c != "aliases"));
    }

    [Fact]
    public async Task PublishAsync_KeepNoGenerations_DropsTheReplacedOneToo()
    {
        var server = new GatewaySetup().Server(4, ("dp", "dp-v2"));
        var options = TestStores.Options("dp");
        options.KeepGenerations = 0;
        var store = TestStores.Store(server.Mock.Object, options);

        await store.PublishAsync(ContractPassages.Build(Version));

        Assert.Equal(["aliases", "drop dp-v2"], server.Calls.SkipWhile(c => c != "aliases"));
    }

    [Fact]
    public async Task PublishAsync_CountMismatch_DropsTheNewCollectionAndLeavesTheAliasAlone()
    {
        var server = new GatewaySetup().Server(3, ("dp", "dp-v1"));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.PublishAsync(ContractPassages.Build(Version)));

        Assert.DoesNotContain("aliases", server.Calls);
        Assert.Equal($"drop {NewCollection}", server.Calls[^1]);
    }

    [Fact]
    public async Task PublishAsync_ProbeFindsNothing_DropsTheNewCollectionAndLeavesTheAliasAlone()
    {
        var server = new GatewaySetup().Server(4, ("dp", "dp-v1"));
        server.Mock.Setup(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.PublishAsync(ContractPassages.Build(Version)));

        Assert.DoesNotContain("aliases", server.Calls);
        Assert.Equal($"drop {NewCollection}", server.Calls[^1]);
    }

    [Fact]
    public async Task PublishAsync_LeftoverOfTheSameVersion_DropsItBeforeLoading()
    {
        var server = new GatewaySetup().Server(4);
        server.Mock.Setup(g => g.CollectionExistsAsync(NewCollection, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await store.PublishAsync(ContractPassages.Build(Version));

        Assert.Equal([$"drop {NewCollection}", $"create {NewCollection}"], server.Calls.Take(2));
    }

    [Fact]
    public async Task PublishAsync_VersionNamesTheLiveGeneration_LoadsUnderAnotherName()
    {
        var server = new GatewaySetup().Server(4, ("dp", NewCollection));
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await store.PublishAsync(ContractPassages.Build(Version));

        Assert.Contains($"create {NewCollection}-1", server.Calls);
        Assert.DoesNotContain($"drop {NewCollection}", server.Calls);
    }

    [Fact]
    public async Task PublishAsync_EmptyBuild_ThrowsWithoutTouchingTheServer()
    {
        var server = new GatewaySetup();
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await Assert.ThrowsAsync<ArgumentException>(
            () => store.PublishAsync(new DealBot.Core.Retrieval.IndexBuild(Version, [], 384)));

        server.Mock.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task PublishAsync_Points_CarryPayloadAndBothVectors()
    {
        var server = new GatewaySetup().Server(4);
        IReadOnlyList<PointStruct>? points = null;
        server.Mock.Setup(g => g.UpsertAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<PointStruct>>(), It.IsAny<CancellationToken>()))
            .Callback((string _, IReadOnlyList<PointStruct> p, CancellationToken _) => points = p).Returns(Task.CompletedTask);
        var store = TestStores.Store(server.Mock.Object, TestStores.Options("dp"));

        await store.PublishAsync(ContractPassages.Build(Version));

        Assert.Equal(ContractPassages.All.Select(p => p.Passage.Id.ToString()), points!.Select(p => p.Id.Uuid));
        Assert.All(points!, p => Assert.True(p.Vectors.Vectors_.Vectors.ContainsKey("dense")));
    }
}
