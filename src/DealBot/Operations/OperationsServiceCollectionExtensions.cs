using DealBot.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DealBot.Operations;

/// <summary>Registers the operations store: feedback, audit records and conversations in one SQLite file.</summary>
internal static class OperationsServiceCollectionExtensions
{
    /// <summary>The stores, for every verb (the CLI reads them); nothing runs in the background.</summary>
    public static IServiceCollection AddOperationsStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OperationsOptions>().Bind(configuration.GetSection(OperationsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OperationsOptions>, OperationsOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DealBotMetrics>();
        services.TryAddSingleton<OperationsDatabase>();
        services.TryAddSingleton<OperationsWriteQueue>();
        services.TryAddSingleton<MemberHasher>();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<FeedbackStore>();
        services.TryAddSingleton<IConversationArchive, ConversationArchive>();
        return services;
    }

    /// <summary>The writer that empties the queue and the retention job: the long-running bot's part.</summary>
    public static IServiceCollection AddOperationsJobs(this IServiceCollection services)
    {
        services.AddHostedService<OperationsWriter>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
