using DealBot.Core.Retrieval;
using Grpc.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Moq;
using Qdrant.Client;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantServiceCollectionExtensionsTests
{
    private const string ApiKey = "qd-secret-7f3a9c";

    private static ServiceProvider Provider(Dictionary<string, string?> settings, IQdrantGateway? gateway = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddQdrantPassageStore(configuration);
        if (gateway is not null)
        {
            services.AddSingleton(gateway);
        }

        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddQdrantPassageStore_Resolve_OneClientAndTheQdrantStore()
    {
        using var provider = Provider(new() { ["Qdrant:Endpoint"] = "http://qdrant:6334" });

        Assert.IsType<QdrantPassageStore>(provider.GetRequiredService<IPassageStore>());
        Assert.Same(provider.GetRequiredService<QdrantClient>(), provider.GetRequiredService<QdrantClient>());
        Assert.NotNull(provider.GetRequiredService<QdrantStartupCheck>());
        var registrations = provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains(registrations, r => r.Name == "qdrant" && r.Tags.Contains("ready"));
    }

    [Fact]
    public void AddQdrantPassageStore_InvalidEndpoint_FailsStartupValidation()
    {
        using var provider = Provider(new() { ["Qdrant:Endpoint"] = "qdrant:6334" });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Endpoint", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddQdrantPassageStore_Section_BindsEveryKey()
    {
        using var provider = Provider(new()
        {
            ["Qdrant:Collection"] = "passages-test",
            ["Qdrant:ApiKey"] = ApiKey,
            ["Qdrant:ShardNumber"] = "3",
        });

        var options = provider.GetRequiredService<IOptions<QdrantOptions>>().Value;

        Assert.Equal(("passages-test", ApiKey, 3), (options.Collection, options.ApiKey, options.ShardNumber));
        Assert.Equal("http://localhost:6334", options.Endpoint);
    }

    [Fact]
    public async Task Logs_OutageAtStartAndWhileSearching_NeverContainTheApiKey()
    {
        var gateway = TestStores.Gateway();
        gateway.Setup(g => g.HealthAsync(It.IsAny<CancellationToken>())).ThrowsAsync(GatewaySetup.Error(StatusCode.Unauthenticated));
        gateway.Setup(g => g.QueryAsync(It.IsAny<QdrantQueryRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(GatewaySetup.Error(StatusCode.Unavailable));
        using var provider = Provider(
            new() { ["Qdrant:ApiKey"] = ApiKey, ["Qdrant:RetryBaseDelay"] = "00:00:00", ["Qdrant:RetryMaxDelay"] = "00:00:00" },
            gateway.Object);

        var startup = await Assert.ThrowsAsync<KnowledgeStoreUnavailableException>(
            () => provider.GetRequiredService<QdrantStartupCheck>().EnsureReachableAsync());
        var search = await Assert.ThrowsAsync<KnowledgeStoreUnavailableException>(
            () => provider.GetRequiredService<IPassageStore>().SearchAsync(
                new HybridQuery([1f], SparseVector.Empty, PassageFilter.None)));

        var records = provider.GetFakeLogCollector().GetSnapshot();
        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.DoesNotContain(ApiKey, r.Message + r.Exception, StringComparison.Ordinal));
        Assert.DoesNotContain(ApiKey, startup.Message + search.Message, StringComparison.Ordinal);
    }
}
