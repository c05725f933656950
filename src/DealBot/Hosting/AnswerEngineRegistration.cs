using DealBot.Answering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Hosting;

/// <summary>
/// Registers the answer engine (analysis, plugins, composers, verifier) behind IAnswerService, with the LLM answerer
/// taken from the <c>Llm:*</c> settings: <c>Llm:Provider</c> none (the default) composes every answer offline.
/// </summary>
internal static class AnswerEngineRegistration
{
    public static IServiceCollection AddAnswerEngine(this IServiceCollection services, IConfiguration configuration) =>
        services.AddAnswering(configuration);
}
