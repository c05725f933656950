using DealBot.Core.Answers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Answering.Llm.Exchanges;

/// <summary>Registers the recording or the replay of model exchanges (the <c>eval --record/--replay</c> runs).</summary>
public static class ExchangeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ExchangeAnswerService"/> over the answer engine, with its exchanges in <paramref name="directory"/>.
    /// Recording puts a recorder under the configured model's tool-calling layer. Replaying replaces the model with
    /// the recordings (whatever <c>Llm:*</c> says, so it runs offline) and the clock with the recordings' time.
    /// Call after the answer engine is added.
    /// </summary>
    public static IServiceCollection AddModelExchanges(this IServiceCollection services, ExchangeMode mode, string directory)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        services.TryAddSingleton<ModelExchangeScope>();
        services.AddSingleton(new ExchangeDirectory(directory));
        services.AddSingleton(sp => new ExchangeAnswerService(
            sp.GetRequiredService<IAnswerService>(),
            sp.GetRequiredService<ExchangeDirectory>(),
            mode,
            sp.GetRequiredService<ModelExchangeScope>(),
            sp.GetRequiredService<TimeProvider>()));
        if (mode == ExchangeMode.Record)
        {
            services.AddSingleton<ModelExchangeRecorder>();
            return services;
        }

        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(sp => new ReplayTimeProvider(sp.GetRequiredService<ModelExchangeScope>()));
        services.RemoveAll<IChatClient>();
        services.AddSingleton(sp => LlmChatClientFactory.WithTools(
            new ReplayChatClient(sp.GetRequiredService<ModelExchangeScope>()),
            sp.GetRequiredService<IOptions<LlmOptions>>().Value.MaxToolRounds,
            sp.GetService<ILoggerFactory>()));
        return services;
    }
}
