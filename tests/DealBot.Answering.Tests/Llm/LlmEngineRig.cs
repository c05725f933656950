using DealBot.Answering.Llm;
using DealBot.Answering.Tests.Plugins;
using DealBot.Answering.Tests.Prompts;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DealBot.Answering.Tests.Llm;

/// <summary>
/// The answer engine as the host registers it (<see cref="AnsweringServiceCollectionExtensions.AddAnswering"/>), over
/// the test facts, a search that returns the deal passage, and an LLM answerer playing a scripted model.
/// </summary>
internal static class LlmEngineRig
{
    public static IAnswerService Engine(IChatClient model) => Engine(LlmTestRig.Answerer(model, Search()));

    public static IAnswerService Engine(ILlmAnswerer llm) => Provider(llm, []).GetRequiredService<IAnswerService>();

    /// <summary>The services of the engine with <paramref name="settings"/>; a given <paramref name="llm"/> replaces the configured one.</summary>
    public static ServiceProvider Provider(ILlmAnswerer? llm, Dictionary<string, string?> settings)
    {
        settings["Prompts:Directory"] = RepositoryPrompts.Directory;
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(Catalog());
        services.AddSingleton(Search());
        services.AddSingleton(new SparseEncoderProvider(new FigureExtractor()));
        if (llm is not null)
        {
            services.AddSingleton(llm);
        }

        services.AddAnswering(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }

    private static IKnowledgeSearch Search()
    {
        var search = new Mock<IKnowledgeSearch>();
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<SearchOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([LlmTestRig.DealPassage]);
        return search.Object;
    }

    private static IKnowledgeCatalog Catalog()
    {
        var catalog = new Mock<IKnowledgeCatalog>();
        catalog.Setup(c => c.GetFactsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(TestFacts.Sheet);
        catalog.Setup(c => c.GetSourcesAsync(It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new SourceInfo("deal-structure-en", "Nvidia and OpenAI sign a letter of intent", Languages.English, LlmTestRig.Published, "deal-structure-en.md"),
            new SourceInfo("deal-structure-zh", "英伟达与OpenAI签署合作意向书", Languages.Chinese, LlmTestRig.Published, "deal-structure-zh.md"),
        ]);
        return catalog.Object;
    }
}
