using DealBot.Discord.Gateway;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DealBot.Discord;

/// <summary>Registers the Discord transport.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IDiscordGatewayClient"/> and <see cref="IDiscordRestClient"/> (singletons), bound to the
    /// <c>Discord</c> section of <paramref name="configuration"/> and validated at start. Replaceable seams
    /// (registered only if absent): <see cref="TimeProvider"/>, <see cref="IGatewayConnectionFactory"/>,
    /// <see cref="IReconnectStrategy"/>, <see cref="IRandomSource"/>. The transport's metrics come from the host's
    /// <see cref="System.Diagnostics.Metrics.IMeterFactory"/> (<see cref="DiscordMetrics"/>). Nothing is started: the host runs
    /// <see cref="IDiscordGatewayClient.RunAsync"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration root (the <c>Discord</c> section is read from it).</param>
    /// <param name="configure">Applied after binding, e.g. to take the token from <c>DISCORD_TOKEN</c>.</param>
    /// <returns>The services, for chaining.</returns>
    public static IServiceCollection AddDiscordTransport(
        this IServiceCollection services, IConfiguration configuration, Action<DiscordClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var optionsBuilder = services.AddOptions<DiscordClientOptions>()
            .Bind(configuration.GetSection(DiscordClientOptions.SectionName))
            .ValidateOnStart();
        if (configure is not null)
        {
            optionsBuilder.PostConfigure(configure);
        }

        // Tokens are often pasted as the Authorization header's value ("Bot MTk4..."), or with a stray newline.
        optionsBuilder.PostConfigure(o => o.Token = DiscordClientOptions.NormalizeToken(o.Token));

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordClientOptions>, DiscordClientOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRandomSource, SharedRandomSource>();
        services.TryAddSingleton<IGatewayConnectionFactory, WebSocketGatewayConnectionFactory>();
        services.TryAddSingleton<IReconnectStrategy, ExponentialBackoffReconnectStrategy>();
        services.TryAddSingleton<GatewayTuning>();
        services.AddMetrics();
        services.TryAddSingleton<DiscordMetrics>();
        services.TryAddSingleton<IDiscordGatewayClient, DiscordGatewayClient>();

        AddRest(services);
        return services;
    }

    private static void AddRest(IServiceCollection services)
    {
        services.TryAddSingleton<RateLimitBucketRegistry>();
        services.TryAddSingleton<GlobalRateLimit>();
        services.TryAddSingleton<RestRequestExecutor>();
        services.TryAddSingleton<AttachmentHostPolicy>();
        services.TryAddSingleton<AttachmentDownloader>();
        services.TryAddSingleton<IDiscordRestClient, DiscordRestClient>();

        var version = typeof(DiscordServiceCollectionExtensions).Assembly.GetName().Version?.ToString(2) ?? "1.0";

        // The default HttpClient logging writes full request URIs, and interaction routes carry a token in the
        // path: the transport logs route templates itself instead.
        services.AddHttpClient(DiscordHttpClientNames.Api, (provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.Clear();
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", $"DiscordBot ({options.UserAgentUrl}, {version})");
            })
            .RemoveAllLoggers();

        // Redirects are never followed (the downloader refuses a 3xx): the allowed host is the only host contacted.
        // The time limit is the downloader's, on the injected clock, so HttpClient's own is switched off.
        services.AddHttpClient(DiscordHttpClientNames.Cdn, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();
    }
}
