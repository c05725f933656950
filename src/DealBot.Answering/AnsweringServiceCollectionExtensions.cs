using DealBot.Answering.Composition;
using DealBot.Answering.Llm;
using DealBot.Answering.Llm.Preview;
using DealBot.Answering.Quantities;
using DealBot.Answering.Skills;
using DealBot.Answering.Understanding;
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
    /// Adds the answer engine: understanding (phrasebook, units, frames, follow-ups), the answer skills, the screen,
    /// the plugins and the verifier, with the LLM answerer configured from <c>Llm:*</c>
    /// (<see cref="LlmServiceCollectionExtensions.AddLlmAnswerer"/>); with <c>Llm:Provider</c> none, the default,
    /// every answer is composed offline.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddLlmAnswerer(configuration);
        services.TryAddSingleton(_ => Phrasebook.Embedded());
        services.TryAddSingleton(_ => UnitCatalog.Embedded());
        services.TryAddSingleton(_ => Replies.Replies.Embedded());
        services.TryAddSingleton<QuantityReader>();
        services.TryAddSingleton<QuantityFormatter>();
        services.TryAddSingleton<FrameReader>();
        services.TryAddSingleton<FollowUpResolver>();
        services.TryAddSingleton<FactQuantities>();
        services.AddAnswerSkills();
        services.TryAddSingleton<Screen>();
        services.TryAddSingleton<PremiseCorrection>();
        services.TryAddSingleton<AnswerContextFactory>();
        services.TryAddSingleton<OfflineEngine>();
        services.TryAddSingleton<ConversationReplay>();
        services.TryAddSingleton<KernelFactLookup>();
        services.TryAddSingleton<KernelCalculationCheck>();
        services.TryAddSingleton<IAnswerService>(sp => new AnswerService(
            sp.GetRequiredService<AnswerContextFactory>(),
            sp.GetRequiredService<ConversationReplay>(),
            sp.GetRequiredService<Screen>(),
            sp.GetRequiredService<OfflineEngine>(),
            sp.GetRequiredService<ILlmAnswerer>(),
            sp.GetRequiredService<KernelFactLookup>(),
            sp.GetRequiredService<KernelCalculationCheck>(),
            sp.GetRequiredService<ILogger<AnswerService>>()));
        services.TryAddSingleton(sp => new ModelRequestPreview(
            sp.GetRequiredService<AnswerContextFactory>(),
            sp.GetRequiredService<Screen>(),
            sp.GetRequiredService<Plugins.ToolKernel>(),
            sp.GetRequiredService<Prompts.PromptLibrary>(),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    // Every kind of answer the offline engine can give; a new kind is one class and one line here.
    private static void AddAnswerSkills(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, ChitChatSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, CalculationSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, DaysSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, FigureSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, EachSubjectFigureSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, ClaimSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, EventSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, ViewSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, OthersNamedSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, ReasonSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, ListSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, OverviewSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, NotInSourcesSkill>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerSkill, PassageSkill>());
    }
}
