using DealBot.Answering.Analysis;
using DealBot.Answering.Composition;
using DealBot.Answering.Plugins;
using DealBot.Answering.Verification;
using DealBot.Core.Answers;
using DealBot.Core.Facts;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering;

/// <summary>Registers the answer engine behind <see cref="IAnswerService"/>; needs the knowledge services.</summary>
public static class AnsweringServiceCollectionExtensions
{
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuestionAnalyzer>();
        services.TryAddSingleton<Core.Figures.FigureEquivalence>();
        services.TryAddSingleton<Core.Figures.FigureFormatter>();
        services.TryAddSingleton<Core.Figures.FigureExtractor>();
        services.TryAddSingleton<CalculatorPlugin>();
        services.TryAddSingleton<GroundingVerifier>();
        services.TryAddSingleton<CalculationComposer>();
        services.TryAddSingleton<FactComposer>();
        services.TryAddSingleton<ExtractiveComposer>();
        services.TryAddSingleton<OfflineComposer>();
        services.TryAddSingleton<IAnswerService>(sp => new AnswerService(
            sp.GetRequiredService<QuestionAnalyzer>(),
            sp.GetRequiredService<IKnowledgeSearch>(),
            sp.GetRequiredService<IKnowledgeCatalog>(),
            sp.GetRequiredService<SparseEncoderProvider>(),
            sp.GetRequiredService<OfflineComposer>(),
            sp.GetRequiredService<ExtractiveComposer>(),
            sp.GetRequiredService<Core.Figures.FigureEquivalence>(),
            sp.GetRequiredService<GroundingVerifier>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<AnswerService>>()));
        return services;
    }
}
