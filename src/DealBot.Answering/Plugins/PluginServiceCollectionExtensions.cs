using DealBot.Answering.Verification;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel;

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
        services.AddToolKernel();
        services.TryAddSingleton<GroundingVerifier>();
        return services;
    }

    // One Kernel for the process: its plugins are the singleton plugin objects, imported once, and its one filter
    // writes each call into the ledger of the answer that made it. The Kernel sees the container's services, so a
    // registered IChatClient is the Kernel's chat client too.
    private static void AddToolKernel(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(ToolKernel)))
        {
            return;
        }

        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<CalculatorPlugin>(), AnsweringPlugins.CalculatorName));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<TimelinePlugin>(), AnsweringPlugins.TimelineName));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<FiguresPlugin>(), AnsweringPlugins.FiguresName));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<ViewsPlugin>(), AnsweringPlugins.ViewsName));
        services.AddSingleton(sp => KernelPluginFactory.CreateFromObject(sp.GetRequiredService<KnowledgeSearchPlugin>(), AnsweringPlugins.KnowledgeName));
        services.AddSingleton<IFunctionInvocationFilter, ToolLedgerFilter>();
        services.AddSingleton(sp => new Kernel(sp));
        services.AddSingleton<ToolKernel>();
    }
}
