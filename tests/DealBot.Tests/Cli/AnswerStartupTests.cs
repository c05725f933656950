using DealBot.Cli;
using DealBot.Core.Answers;
using DealBot.Core.Facts;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Hosting;
using DealBot.Knowledge.Embedding;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DealBot.Tests.Cli;

public sealed class AnswerStartupTests
{
    private readonly Mock<IPassageStore> _store = new();
    private readonly Mock<IKnowledgeRefresher> _refresher = new();
    private readonly Mock<ITextEmbedder> _embedder = new();
    private readonly Mock<IKnowledgeCatalog> _catalog = new();
    private readonly Mock<IAnswerService> _engine = new();

    public AnswerStartupTests()
    {
        _store.Setup(s => s.GetStatusAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreStatus("embedded", true, "v1", 3, null, null));
        _embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync([new float[384]]);
        _catalog.Setup(c => c.GetSourcesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _catalog.Setup(c => c.GetFactsAsync(It.IsAny<CancellationToken>())).ReturnsAsync(FactSheet.Empty);
    }

    [Fact]
    public async Task StartAsync_IndexReady_ReturnsTheEngineWithTheModelLoadedAndTheCatalogRead()
    {
        var engine = await AnswerStartup.StartAsync(Services(_ => _engine.Object), CancellationToken.None);

        Assert.Same(_engine.Object, engine);
        _embedder.Verify(e => e.EmbedAsync(It.Is<IReadOnlyList<string>>(t => t.Count == 1), It.IsAny<CancellationToken>()), Times.Once);
        _catalog.Verify(c => c.GetSourcesAsync(It.IsAny<CancellationToken>()), Times.Once);
        _catalog.Verify(c => c.GetFactsAsync(It.IsAny<CancellationToken>()), Times.Once);
        _refresher.Verify(r => r.RefreshAsync(It.IsAny<IngestRequest>(), It.IsAny<IProgress<IngestProgress>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task StartAsync_IndexCannotBeBuiltAndTheEngineFailsToo_ThrowsTheIndexsReason()
    {
        _store.Setup(s => s.GetStatusAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreStatus("embedded", false, null, 0, null, null));
        _refresher.Setup(r => r.RefreshAsync(It.IsAny<IngestRequest>(), It.IsAny<IProgress<IngestProgress>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IngestReport(0, 0, 0, 0, [], false, 0, 0, TimeSpan.Zero, false) { Blocked = "facts.yaml: line 3 is not YAML" });

        var error = await Assert.ThrowsAsync<UserErrorException>(() => AnswerStartup.StartAsync(Services(_ => throw new InvalidOperationException("engine")), CancellationToken.None));

        Assert.Contains("facts.yaml: line 3 is not YAML", error.Message, StringComparison.Ordinal);
        _catalog.Verify(c => c.GetSourcesAsync(It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task StartAsync_EngineCannotBeCreated_ThrowsItsError()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AnswerStartup.StartAsync(Services(_ => throw new InvalidOperationException("no phrasebook")), CancellationToken.None));

        Assert.Equal("no phrasebook", error.Message);
    }

    private ServiceProvider Services(Func<IServiceProvider, IAnswerService> engine)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_store.Object);
        services.AddSingleton(_refresher.Object);
        services.AddSingleton(_embedder.Object);
        services.AddSingleton(_catalog.Object);
        services.AddSingleton(engine);
        return services.BuildServiceProvider();
    }
}
