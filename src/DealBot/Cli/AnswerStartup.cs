using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Facts;
using DealBot.Knowledge.Embedding;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>
/// Gets a fresh process ready for its first answer with the independent parts of that start side by side: the answer
/// engine (its phrasebook and catalogues are read and compiled when it is created), the embedding model, and the index
/// with the sources and facts published beside it. One after another they were most of a cold <c>ask</c>; on two cores
/// they overlap. A failure surfaces as it did when they ran one after another: the index's first, then the model's,
/// then the engine's.
/// </summary>
internal static class AnswerStartup
{
    /// <param name="first">The first question, when it is known (<c>ask</c>): the phrasebook compiles what it needs for
    /// it while the index loads, instead of on the first answer.</param>
    public static async Task<IAnswerService> StartAsync(IServiceProvider services, CancellationToken cancellationToken, string? first = null)
    {
        var knowledge = Task.Run(
            async () =>
            {
                await IndexBootstrap.EnsureIndexAsync(services, cancellationToken).ConfigureAwait(false);
                var catalog = services.GetRequiredService<IKnowledgeCatalog>();
                await catalog.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
                await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
        var model = Task.Run(() => services.GetRequiredService<ITextEmbedder>().EmbedAsync(["warm up"], cancellationToken), cancellationToken);
        var engine = Task.Run(
            () =>
            {
                var service = services.GetRequiredService<IAnswerService>();
                if (first is not null)
                {
                    services.GetRequiredService<Phrasebook>().Find(QuestionText.Read(first).Lower);
                }

                return service;
            },
            cancellationToken);
        try
        {
            await Task.WhenAll(knowledge, model, engine).ConfigureAwait(false);
        }
        catch (Exception) when (knowledge.IsFaulted || model.IsFaulted)
        {
            // Said in the order the steps used to run in: the index (what the user can fix) first, then the model.
            await knowledge.ConfigureAwait(false);
            await model.ConfigureAwait(false);
        }

        return await engine.ConfigureAwait(false);
    }
}
