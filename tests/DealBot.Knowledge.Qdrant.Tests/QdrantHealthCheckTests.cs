using Grpc.Core;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Moq;
using Qdrant.Client.Grpc;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantHealthCheckTests
{
    private static Task<HealthCheckResult> CheckAsync(Mock<IQdrantGateway> gateway)
    {
        var check = new QdrantHealthCheck(gateway.Object, Options.Create(new QdrantOptions()), TimeProvider.System);
        var context = new HealthCheckContext
        {
            Registration = new HealthCheckRegistration("qdrant", check, HealthStatus.Unhealthy, ["ready"]),
        };
        return check.CheckHealthAsync(context);
    }

    [Fact]
    public async Task CheckHealthAsync_ServerAnswers_HealthyWithVersion()
    {
        var gateway = TestStores.Gateway();
        gateway.Setup(g => g.HealthAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new HealthCheckReply { Version = "1.20.0" });

        var result = await CheckAsync(gateway);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Contains("1.20.0", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_Unavailable_Unhealthy()
    {
        var gateway = TestStores.Gateway();
        gateway.Setup(g => g.HealthAsync(It.IsAny<CancellationToken>())).ThrowsAsync(GatewaySetup.Error(StatusCode.Unavailable));

        var result = await CheckAsync(gateway);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("unreachable", result.Description, StringComparison.Ordinal);
    }
}
