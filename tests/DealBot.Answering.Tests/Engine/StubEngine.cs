using DealBot.Answering.Llm;
using DealBot.Answering.Tests.Llm;
using DealBot.Answering.Tests.Prompts;
using DealBot.Core.Answers;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The answer engine as the host registers it (<see cref="AnsweringServiceCollectionExtensions.AddAnswering"/>), over
/// a stubbed knowledge base, offline or with an LLM answerer playing a scripted model.
/// </summary>
internal static class StubEngine
{
    public static IAnswerService WithModel(IChatClient model) => Create(LlmTestRig.Answerer(model, Search(StubKnowledge.Deal)));

    public static IAnswerService Create(ILlmAnswerer llm, StubKnowledge? knowledge = null) =>
        Provider(llm, [], knowledge).GetRequiredService<IAnswerService>();

    /// <summary>The engine's services with <paramref name="settings"/>; a given <paramref name="llm"/> replaces the configured one.</summary>
    public static ServiceProvider Provider(ILlmAnswerer? llm, Dictionary<string, string?> settings, StubKnowledge? knowledge = null, Action<IServiceCollection>? configure = null)
    {
        knowledge ??= StubKnowledge.Deal;
        settings["Prompts:Directory"] = RepositoryPrompts.Directory;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Catalog(knowledge));
        services.AddSingleton(Search(knowledge));
        services.AddSingleton(new LexicalMatchers(new FigureExtractor()));
        if (llm is not null)
        {
            services.AddSingleton(llm);
        }

        services.AddAnswering(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>An engine that never asks a model.</summary>
    public static IAnswerService Offline(StubKnowledge? knowledge = null) => Create(Mock.Of<ILlmAnswerer>(l => !l.IsEnabled), knowledge);

    private static IKnowledgeSearch Search(StubKnowledge knowledge)
    {
        var search = new Mock<IKnowledgeSearch>();
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<SearchOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(knowledge.Passages);
        return search.Object;
    }

    private static IKnowledgeCatalog Catalog(StubKnowledge knowledge)
    {
        var catalog = new Mock<IKnowledgeCatalog>();
        catalog.Setup(c => c.GetFactsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(knowledge.Facts);
        catalog.Setup(c => c.GetSourcesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(knowledge.Sources);
        return catalog.Object;
    }
}
