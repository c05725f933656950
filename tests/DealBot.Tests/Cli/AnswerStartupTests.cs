using DealBot.Answering.Understanding;
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

    [Fact]
    public async Task AnswerAsync_IndexReady_AnswersWithTheEngineAndLoadsTheModel()
    {
        var question = new Question("How much will Nvidia invest in OpenAI?");
        var expected = AnswerTo(question);
        _engine.Setup(e => e.AnswerAsync(question, It.IsAny<CancellationToken>())).ReturnsAsync(expected);

        var answer = await AnswerStartup.AnswerAsync(Services(_ => _engine.Object), question, CancellationToken.None);

        Assert.Same(expected, answer);
        _embedder.Verify(e => e.EmbedAsync(It.Is<IReadOnlyList<string>>(t => t.Count == 1), It.IsAny<CancellationToken>()), Times.Once);
        _catalog.Verify(c => c.GetFactsAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task AnswerAsync_ModelStillLoading_StartsTheAnswerWithoutWaitingForIt()
    {
        // The model's load finishes only once the engine has been asked: waiting for the model first never answers.
        var question = new Question("英伟达计划向OpenAI投资多少钱？");
        var loaded = new TaskCompletionSource<float[][]>(TaskCreationOptions.RunContinuationsAsynchronously);
        _embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).Returns(loaded.Task);
        var expected = AnswerTo(question);
        _engine.Setup(e => e.AnswerAsync(question, It.IsAny<CancellationToken>())).ReturnsAsync(expected).Callback(() => loaded.SetResult([new float[384]]));

        var answer = await AnswerStartup.AnswerAsync(Services(_ => _engine.Object), question, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Same(expected, answer);
    }

    [Fact]
    public async Task AnswerAsync_ModelCannotLoadThoughTheAnswerNeededNoEmbedding_ThrowsTheModelsError()
    {
        var question = new Question("thanks!");
        _embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidDataException("not a BERT encoder"));
        _engine.Setup(e => e.AnswerAsync(question, It.IsAny<CancellationToken>())).ReturnsAsync(AnswerTo(question));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => AnswerStartup.AnswerAsync(Services(_ => _engine.Object), question, CancellationToken.None));

        Assert.Equal("not a BERT encoder", error.Message);
    }

    [Fact]
    public async Task AnswerAsync_ModelCannotLoadAndTheEngineFailsToo_ThrowsTheModelsError()
    {
        _embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidDataException("not a BERT encoder"));

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => AnswerStartup.AnswerAsync(Services(_ => throw new InvalidOperationException("engine")), new Question("hi"), CancellationToken.None));

        Assert.Equal("not a BERT encoder", error.Message);
    }

    [Fact]
    public async Task AnswerAsync_IndexCannotBeBuiltAndTheModelFailsToo_ThrowsTheIndexsReasonWithoutAnswering()
    {
        _store.Setup(s => s.GetStatusAsync(It.IsAny<CancellationToken>())).ReturnsAsync(new StoreStatus("embedded", false, null, 0, null, null));
        _refresher.Setup(r => r.RefreshAsync(It.IsAny<IngestRequest>(), It.IsAny<IProgress<IngestProgress>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new IngestReport(0, 0, 0, 0, [], false, 0, 0, TimeSpan.Zero, false) { Blocked = "facts.yaml: line 3 is not YAML" });
        _embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidDataException("not a BERT encoder"));

        var error = await Assert.ThrowsAsync<UserErrorException>(() => AnswerStartup.AnswerAsync(Services(_ => _engine.Object), new Question("hi"), CancellationToken.None));

        Assert.Contains("facts.yaml: line 3 is not YAML", error.Message, StringComparison.Ordinal);
        _engine.Verify(e => e.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static Answer AnswerTo(Question question) => new(question.Text, AnswerStatus.Answered, "en", "up to US$100 billion", [], [], null);

    private ServiceProvider Services(Func<IServiceProvider, IAnswerService> engine)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_store.Object);
        services.AddSingleton(_refresher.Object);
        services.AddSingleton(_embedder.Object);
        services.AddSingleton(_catalog.Object);
        services.AddSingleton(engine);
        services.AddSingleton(Phrasebook.Embedded());
        return services.BuildServiceProvider();
    }
}
