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
    /// <summary>Starts everything and returns the engine once all of it is ready (<c>chat</c>, <c>batch</c>).</summary>
    public static async Task<IAnswerService> StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var legs = Legs.Start(services, null, cancellationToken);
        await legs.AllAsync().ConfigureAwait(false);
        return await legs.Engine.ConfigureAwait(false);
    }

    /// <summary>
    /// Answers the one question of a fresh process (<c>ask</c>). The answer starts as soon as the engine and the
    /// index are ready: reading the question and the lexical part of retrieval do not need the model, and embedding
    /// the question waits for the model's load on its own, so the model's start overlaps the answer's first steps.
    /// The phrasebook compiles what the question needs while the index loads, instead of on the answer.
    /// </summary>
    public static async Task<Answer> AnswerAsync(IServiceProvider services, Question question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var legs = Legs.Start(services, question.Text, cancellationToken);
        try
        {
            await Task.WhenAll(legs.Knowledge, legs.Engine).ConfigureAwait(false);
        }
        catch (Exception) when (!legs.Knowledge.IsFaulted)
        {
            // The engine failed: a failing model is still said before it.
            await legs.Model.ConfigureAwait(false);
            throw;
        }

        var engine = await legs.Engine.ConfigureAwait(false);
        Answer answer;
        try
        {
            answer = await engine.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A model that failed to load is said as the model's failure, as when it was loaded before answering.
            await legs.Model.ConfigureAwait(false);
            throw;
        }

        // An answer that embedded nothing (a refusal, small talk) still reports a model that cannot load.
        await legs.Model.ConfigureAwait(false);
        return answer;
    }

    private sealed record Legs(Task Knowledge, Task Model, Task<IAnswerService> Engine)
    {
        public static Legs Start(IServiceProvider services, string? first, CancellationToken cancellationToken)
        {
            // The longest first: with two cores the pool runs two legs at once, and a leg queued behind another waits
            // for it. The model (ONNX Runtime building its session) takes longest, then the engine (the phrasebook
            // compiling what the question needs); the index and facts load in the engine's wake, well before the
            // model is ready, and the answer starts on them (see AnswerAsync).
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
            var knowledge = Task.Run(
                async () =>
                {
                    await IndexBootstrap.EnsureIndexAsync(services, cancellationToken).ConfigureAwait(false);
                    var catalog = services.GetRequiredService<IKnowledgeCatalog>();
                    await catalog.GetSourcesAsync(cancellationToken).ConfigureAwait(false);
                    await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
                },
                cancellationToken);
            return new Legs(knowledge, model, engine);
        }

        // Waits for all three; a failure is said in the order the steps used to run in: the index (what the user can
        // fix) first, then the model, then the engine.
        public async Task AllAsync()
        {
            try
            {
                await Task.WhenAll(Knowledge, Model, Engine).ConfigureAwait(false);
            }
            catch (Exception) when (Knowledge.IsFaulted || Model.IsFaulted)
            {
                await Knowledge.ConfigureAwait(false);
                await Model.ConfigureAwait(false);
            }
        }
    }
}
