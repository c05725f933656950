using DealBot.Core.Retrieval;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantStartupCheckTests
{
    private static QdrantStartupCheck Check(Mock<IQdrantGateway> gateway, QdrantOptions options) =>
        new(gateway.Object, TestStores.Retry(options), Options.Create(options), NullLogger<QdrantStartupCheck>.Instance);

    [Fact]
    public async Task EnsureReachableAsync_ServerAnswers_Completes()
    {
        var gateway = TestStores.Gateway();
        gateway.Setup(g => g.HealthAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new HealthCheckReply { Version = "1.20.0" });

        await Check(gateway, TestStores.Options()).EnsureReachableAsync();

        gateway.Verify(g => g.HealthAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task EnsureReachableAsync_Unavailable_ThrowsNamingTheEndpointAndTheFix()
    {
        var gateway = TestStores.Gateway();
        gateway.Setup(g => g.HealthAsync(It.IsAny<CancellationToken>())).ThrowsAsync(GatewaySetup.Error(StatusCode.Unavailable));
        var options = TestStores.Options();
        options.Endpoint = "http://qdrant.internal:6334";

        var ex = await Assert.ThrowsAsync<KnowledgeStoreUnavailableException>(() => Check(gateway, options).EnsureReachableAsync());

        Assert.Contains("http://qdrant.internal:6334", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Qdrant:Endpoint", ex.Message, StringComparison.Ordinal);
        Assert.IsType<RpcException>(ex.InnerException);
    }

    [Fact]
    public async Task EnsureReachableAsync_RestPortConfigured_MessageNamesTheGrpcPort()
    {
        var gateway = TestStores.Gateway();
        gateway.Setup(g => g.HealthAsync(It.IsAny<CancellationToken>())).ThrowsAsync(GatewaySetup.Error(StatusCode.Internal));
        var options = TestStores.Options();
        options.Endpoint = "http://localhost:6333";

        var ex = await Assert.ThrowsAsync<KnowledgeStoreUnavailableException>(() => Check(gateway, options).EnsureReachableAsync());

        Assert.Contains("gRPC on 6334", ex.Message, StringComparison.Ordinal);
    }
}
