using DealBot.Answering.Plugins;
using DealBot.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>Registers the Discord bot: the transport, the handlers and the hosted service that runs them.</summary>
internal static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Adds the bot on top of the knowledge base and the answer engine (registered by the host). Settings: the
    /// <c>Discord</c> section (token, API address, intents, shards, guilds, moderator roles) and the <c>Bot</c> section
    /// (rate and size limits), all validated at start.
    /// </summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordTransport(configuration);
        services.AddAnsweringPlugins();

        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddOptions<CommunityOptions>().Configure(o => CommunityOptions.Bind(configuration, o)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CommunityOptions>, CommunityOptionsValidator>());

        services.TryAddSingleton<QuestionRateLimiter>();
        services.TryAddSingleton<AnswerGate>();
        services.TryAddSingleton<ConversationMemory>();
        services.TryAddSingleton<GuildBotRoles>();
        services.TryAddSingleton<ModeratorPolicy>();
        services.TryAddSingleton<CommunityAnswerer>();
        services.TryAddSingleton<InteractionReplies>();
        services.TryAddSingleton<AnswerRecorder>();
        services.TryAddSingleton<FeedbackHandler>();
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton<MessageQuestionHandler>();
        services.TryAddSingleton<AskCommand>();
        services.TryAddSingleton<SourcesCommand>();
        services.TryAddSingleton<TimelineCommand>();
        services.TryAddSingleton<KnowledgeBaseCommand>();
        services.TryAddSingleton<InteractionRouter>();
        services.TryAddSingleton<InFlightWork>();
        services.TryAddSingleton<BotEventDispatcher>();
        services.TryAddSingleton<StartupIndex>();
        services.TryAddSingleton<DiscordBotService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordBotService>());
        services.AddHealthChecks().AddCheck<GatewayHealthCheck>("discord-gateway", tags: ["ready"]);
        return services;
    }
}
