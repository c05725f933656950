using DealBot.Answering.Plugins;
using DealBot.Core.Documents;
using DealBot.Core.Retrieval;
using Microsoft.SemanticKernel;
using Moq;

namespace DealBot.Answering.Tests.Plugins;

public sealed class KnowledgeSearchPluginTests
{
    [Fact]
    public void ItCanBeImported()
    {
        var plugin = KernelPluginFactory.CreateFromObject(new KnowledgeSearchPlugin(Mock.Of<IKnowledgeSearch>()));

        Assert.Equal(1, plugin.FunctionCount);
    }

    [Fact]
    public async Task SearchAsync_Results_PassagesWithCiteIds()
    {
        var passage = new Passage(Guid.NewGuid(), "deal-structure-en", "Title", "en", new DateOnly(2025, 9, 23), 3, "Nvidia plans to invest up to US$100 billion.", []);
        var search = new Mock<IKnowledgeSearch>();
        search.Setup(s => s.SearchAsync("investment", It.Is<SearchOptions>(o => o.Limit == 10 && o.Language == "zh"), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new ScoredPassage(passage, 0.9)]);

        var hits = await new KnowledgeSearchPlugin(search.Object).SearchAsync("investment", limit: 50, language: "zh-CN");

        var hit = Assert.Single(hits);
        Assert.Equal("deal-structure-en/p3", hit.CiteId);
        Assert.Equal(passage.Id, hit.PassageId);
        Assert.Equal(new DateOnly(2025, 9, 23), hit.Published);
    }

    [Fact]
    public async Task SearchAsync_EmptyQuery_NoSearch()
    {
        var search = new Mock<IKnowledgeSearch>(MockBehavior.Strict);

        Assert.Empty(await new KnowledgeSearchPlugin(search.Object).SearchAsync("  "));
    }
}
