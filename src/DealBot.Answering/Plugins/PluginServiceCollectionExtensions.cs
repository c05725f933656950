using DealBot.Answering.Verification;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DealBot.Answering.Plugins;

/// <summary>Registers the answering plugins and the grounding verifier (singletons; they hold no per-request state).</summary>
public static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// Adds the calculator, timeline, figures, views and knowledge-search plugins, <see cref="AnsweringPlugins"/> and
    /// the <see cref="GroundingVerifier"/>. Needs an <c>IKnowledgeCatalog</c> and an <c>IKnowledgeSearch</c> (AddKnowledge).
    /// Facts are matched with the knowledge base's <see cref="LexicalMatchers"/> and written by Core's <see cref="FigureFormatter"/>.
    /// </summary>
    public static IServiceCollection AddAnsweringPlugins(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FigureExtractor>();
        services.TryAddSingleton<FigureEquivalence>();
        services.TryAddSingleton<FigureFormatter>();
        services.TryAddSingleton<LexicalMatchers>();
        services.TryAddSingleton<CalculatorPlugin>();
        services.TryAddSingleton<TimelinePlugin>();
        services.TryAddSingleton<FiguresPlugin>();
        services.TryAddSingleton<ViewsPlugin>();
        services.TryAddSingleton<KnowledgeSearchPlugin>();
        services.TryAddSingleton<AnsweringPlugins>();
        services.TryAddSingleton<GroundingVerifier>();
        return services;
    }
}
