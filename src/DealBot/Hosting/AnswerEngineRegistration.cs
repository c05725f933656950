using DealBot.Answering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Hosting;

/// <summary>Registers the answer engine (analysis, plugins, composers, verifier) behind IAnswerService.</summary>
internal static class AnswerEngineRegistration
{
    public static IServiceCollection AddAnswerEngine(this IServiceCollection services, IConfiguration configuration) =>
        services.AddAnswering();
}
