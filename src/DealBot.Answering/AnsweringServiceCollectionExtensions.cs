using DealBot.Answering.Analysis;
using DealBot.Answering.Composition;
using DealBot.Answering.Llm;
using DealBot.Core.Answers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering;

/// <summary>Registers the answer engine behind <see cref="IAnswerService"/>; needs the knowledge services.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Adds the answer engine: analysis, the plugins, both composers and the verifier, with the LLM answerer configured
    /// from <c>Llm:*</c> (<see cref="LlmServiceCollectionExtensions.AddLlmAnswerer"/>); with <c>Llm:Provider</c> none,
    /// the default, every answer is composed offline.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLlmAnswerer(configuration);
        services.TryAddSingleton<QuestionAnalyzer>();
        services.TryAddSingleton<CalculationComposer>();
        services.TryAddSingleton<DaysComposer>();
        services.TryAddSingleton<FactComposer>();
        services.TryAddSingleton<ExtractiveComposer>();
        services.TryAddSingleton<PremiseCheck>();
        services.TryAddSingleton<OfflineComposer>();
        services.TryAddSingleton<GroundedOfflineComposer>();
        services.TryAddSingleton<ComposeContextFactory>();
        services.TryAddSingleton<IAnswerService>(sp => new AnswerService(
            sp.GetRequiredService<ComposeContextFactory>(),
            sp.GetRequiredService<GroundedOfflineComposer>(),
            sp.GetRequiredService<ILlmAnswerer>(),
            sp.GetRequiredService<ILogger<AnswerService>>()));
        return services;
    }
}
