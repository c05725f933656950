using DealBot.Answering.Llm;
using DealBot.Answering.Plugins;
using DealBot.Answering.Prompts;
using DealBot.Answering.Tests.Plugins;
using DealBot.Answering.Tests.Prompts;
using DealBot.Answering.Verification;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DealBot.Answering.Tests.Llm;

/// <summary>An <see cref="LlmAnswerer"/> over a scripted model, the test facts and the real prompts.</summary>
internal static class LlmTestRig
{
    public static readonly DateOnly Published = new(2025, 9, 23);

    public static ScoredPassage DealPassage { get; } = new(
        new Passage(Guid.NewGuid(), "deal-structure-en", "Nvidia and OpenAI sign a letter of intent", Languages.English, Published, 0,
            "Nvidia plans to invest up to US$100 billion in OpenAI. The letter of intent calls for at least 10 gigawatts (GW) of Nvidia systems.", []),
        1.0);

    public static ScoredPassage MarketPassage { get; } = new(
        new Passage(Guid.NewGuid(), "market-reaction-en", "Markets react", Languages.English, Published, 5,
            "Nvidia's share price rose as much as 4.4% during trading, to a record high.", []),
        0.8);

    public static LlmAnswerer Answerer(IChatClient? model, IKnowledgeSearch? search = null)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var extractor = new FigureExtractor();
        return new LlmAnswerer(
            model is null ? null : LlmChatClientFactory.WithTools(model),
            Tools(time, search),
            new PromptLibrary(Options.Create(new PromptOptions { Directory = RepositoryPrompts.Directory })),
            new GroundingVerifier(extractor, new FigureEquivalence()),
            time,
            NullLogger<LlmAnswerer>.Instance);
    }

    /// <summary>The plugins' Kernel as the container builds it, over the test facts.</summary>
    public static ToolKernel Tools(TimeProvider time, IKnowledgeSearch? search = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton<IKnowledgeCatalog>(TestFacts.Catalog());
        services.AddSingleton(search ?? Mock.Of<IKnowledgeSearch>());
        services.AddSingleton(new LexicalMatchers(new FigureExtractor()));
        services.AddAnsweringPlugins();
        return services.BuildServiceProvider().GetRequiredService<ToolKernel>();
    }

    public static LlmAnswerRequest Request(string question, string language = "en") => new(question, language, [DealPassage], Trace: true);
}
