using DealBot.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qdrant.Client;

namespace DealBot.Knowledge.Qdrant;

/// <summary>Registers the Qdrant passage store.</summary>
public static class QdrantServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPassageStore"/> backed by Qdrant: options from the <c>Qdrant</c> section (validated at
    /// start), one <see cref="QdrantClient"/> per process, <see cref="QdrantStartupCheck"/>, and a health check named
    /// "qdrant" tagged "ready".
    /// </summary>
    public static IServiceCollection AddQdrantPassageStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<QdrantOptions>()
            .Bind(configuration.GetSection(QdrantOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<QdrantOptions>, QdrantOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // One client per process: its gRPC channel is thread-safe and multiplexes every call over HTTP/2.
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<QdrantOptions>>().Value;
            return new QdrantClient(new Uri(options.Endpoint), options.ApiKey, options.RequestTimeout);
        });
        services.TryAddSingleton<IQdrantGateway>(sp => new QdrantClientGateway(sp.GetRequiredService<QdrantClient>()));
        services.TryAddSingleton(sp => new QdrantRetry(
            sp.GetRequiredService<IOptions<QdrantOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<QdrantRetry>>()));
        services.TryAddSingleton(sp => new QdrantPassageStore(
            sp.GetRequiredService<IQdrantGateway>(),
            sp.GetRequiredService<QdrantRetry>(),
            sp.GetRequiredService<IOptions<QdrantOptions>>(),
            sp.GetRequiredService<ILogger<QdrantPassageStore>>()));
        services.AddSingleton<IPassageStore>(sp => sp.GetRequiredService<QdrantPassageStore>());
        services.TryAddSingleton(sp => new QdrantStartupCheck(
            sp.GetRequiredService<IQdrantGateway>(),
            sp.GetRequiredService<QdrantRetry>(),
            sp.GetRequiredService<IOptions<QdrantOptions>>(),
            sp.GetRequiredService<ILogger<QdrantStartupCheck>>()));

        services.AddHealthChecks().AddCheck<QdrantHealthCheck>("qdrant", tags: ["ready"]);
        return services;
    }
}
