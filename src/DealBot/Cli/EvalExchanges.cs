using DealBot.Answering.Llm;
using DealBot.Answering.Llm.Exchanges;
using DealBot.Answering.Llm.Preview;
using DealBot.Answering.Prompts;
using DealBot.Core.Answers;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>The checks and the engine of `eval --record DIR` and `eval --replay DIR`.</summary>
internal static class EvalExchanges
{
    /// <summary>What is wrong with the options before anything loads, or null.</summary>
    public static string? Problem(string? record, string? replay) => (record, replay) switch
    {
        ({ }, { }) => "--record and --replay cannot be used together",
        ({ } dir, _) when string.IsNullOrWhiteSpace(dir) => "--record needs a folder",
        (_, { } dir) when string.IsNullOrWhiteSpace(dir) || !Directory.Exists(dir) => $"no such folder to replay: {OneLine.Of(dir, 200)}",
        _ => null,
    };

    /// <summary>The engine eval asks: the answer engine, or the engine with its exchanges recorded or replayed.</summary>
    public static IAnswerService Engine(IServiceProvider services)
    {
        if (services.GetService<ExchangeAnswerService>() is not { } exchanges)
        {
            return services.GetRequiredService<IAnswerService>();
        }

        if (services.GetService<ModelExchangeRecorder>() is not null && !services.GetRequiredService<ILlmAnswerer>().IsEnabled)
        {
            throw new UserErrorException("--record needs a model: set Llm:Provider, Llm:Model (and Llm:Endpoint, Llm:ApiKey as the provider needs)");
        }

        // Without a model the prompts are not checked at start; a replay sends them, so a broken one stops it here.
        var prompts = services.GetRequiredService<PromptLibrary>();
        foreach (var name in ModelRequestPreview.PromptNames)
        {
            try
            {
                var parts = name.Split('/');
                prompts.Get(parts[0], parts[1]);
            }
            catch (PromptNotFoundException ex)
            {
                throw new UserErrorException(ex.Message);
            }
        }

        return exchanges;
    }
}
