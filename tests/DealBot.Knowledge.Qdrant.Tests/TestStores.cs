using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;

namespace DealBot.Knowledge.Qdrant.Tests;

/// <summary>Builds the store and its parts around a gateway, real or mocked.</summary>
internal static class TestStores
{
    public static QdrantOptions Options(string alias = "deal-passages") => new()
    {
        Collection = alias,
        RetryBaseDelay = TimeSpan.Zero,
        RetryMaxDelay = TimeSpan.Zero,
        BatchSize = 256,
    };

    public static QdrantRetry Retry(QdrantOptions options, ILogger<QdrantRetry>? logger = null, TimeProvider? time = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options), time ?? TimeProvider.System, logger ?? NullLogger<QdrantRetry>.Instance);

    public static QdrantPassageStore Store(IQdrantGateway gateway, QdrantOptions options, TimeProvider? time = null) =>
        new(gateway, Retry(options, time: time), Microsoft.Extensions.Options.Options.Create(options), NullLogger<QdrantPassageStore>.Instance);

    public static Mock<IQdrantGateway> Gateway() => new(MockBehavior.Strict);
}
