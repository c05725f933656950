using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DealBot.Health;

/// <summary>Registers the health endpoint.</summary>
public static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// Registers <c>/health/live</c> and <c>/health/ready</c> on <c>Health:Port</c> (off when 0). Readiness runs every
    /// registered <c>IHealthCheck</c>: the stores and the Discord gateway add theirs with <c>AddHealthChecks()</c>.
    /// </summary>
    public static IServiceCollection AddHealthEndpoint(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<HealthOptions>()
            .Bind(configuration.GetSection(HealthOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>());
        services.AddHealthChecks();

        // Every check, whoever registered it, gets the endpoint's timeout: one that hangs reports Unhealthy.
        services.AddOptions<HealthCheckServiceOptions>().PostConfigure<IOptions<HealthOptions>>((checks, health) =>
        {
            foreach (var registration in checks.Registrations)
            {
                registration.Timeout = health.Value.Timeout;
            }
        });
        services.AddHostedService<HealthEndpointService>();
        return services;
    }
}
