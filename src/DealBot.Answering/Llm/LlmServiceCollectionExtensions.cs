using DealBot.Answering.Plugins;
using DealBot.Answering.Prompts;
using DealBot.Answering.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Answering.Llm;

/// <summary>Registers the LLM answerer: options, the resilient HTTP client, the chat client and the prompt library.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <c>Llm</c> (at start) and <c>Prompts</c>, adds the plugins (<see cref="PluginServiceCollectionExtensions.AddAnsweringPlugins"/>),
    /// the <see cref="PromptLibrary"/>, a named HttpClient with the standard resilience handler (timeouts sized for
    /// model calls), and <see cref="ILlmAnswerer"/>, which is disabled (<see cref="ILlmAnswerer.IsEnabled"/> false)
    /// when <c>Llm:Provider</c> is none.
    /// </summary>
    public static IServiceCollection AddLlmAnswerer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LlmOptions>, LlmPromptsValidator>());
        services.AddOptions<PromptOptions>().Bind(configuration.GetSection(PromptOptions.SectionName));
        services.AddAnsweringPlugins();
        services.TryAddSingleton<PromptLibrary>();

        var attempt = TimeSpan.FromSeconds(configuration.GetValue(LlmOptions.SectionName + ":" + nameof(LlmOptions.AttemptTimeoutSeconds), 60));
        services.AddHttpClient(LlmChatClientFactory.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(o =>
            {
                // Model calls take tens of seconds; the defaults (10 s per attempt, 30 s in all) would cut them off.
                o.AttemptTimeout.Timeout = attempt;
                o.TotalRequestTimeout.Timeout = (attempt * 3) + TimeSpan.FromSeconds(10);
                o.CircuitBreaker.SamplingDuration = attempt * 2;
                o.Retry.MaxRetryAttempts = 2;
            });

        services.TryAddSingleton<LlmChatClientFactory>();

        // The chat client is registered only when a model is configured, so the Kernel (which sees the container's
        // services) and the answerer find none otherwise.
        if (!string.Equals(configuration[LlmOptions.SectionName + ":" + nameof(LlmOptions.Provider)] ?? LlmProviders.None, LlmProviders.None, StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton(sp => sp.GetRequiredService<LlmChatClientFactory>().Create()
                ?? throw new InvalidOperationException("Llm:Provider names a model but no chat client could be made."));
        }

        services.TryAddSingleton<ILlmAnswerer>(sp => new LlmAnswerer(
            sp.GetService<IChatClient>(),
            sp.GetRequiredService<ToolKernel>(),
            sp.GetRequiredService<PromptLibrary>(),
            sp.GetRequiredService<GroundingVerifier>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LlmAnswerer>>()));
        return services;
    }
}
