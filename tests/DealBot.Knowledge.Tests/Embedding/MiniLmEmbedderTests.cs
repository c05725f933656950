using System.Numerics.Tensors;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Tests.Embedding;

/// <summary>The real all-MiniLM-L6-v2, prepared from the package in a temporary model directory.</summary>
public sealed class MiniLmEmbedderTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly MiniLmEmbedder _embedder;

    public MiniLmEmbedderTests()
    {
        _embedder = Embedder(threads: 1);
    }

    [Fact]
    public async Task EmbedAsync_SeveralTexts_EachVectorIsItsTextEmbeddedAlone()
    {
        string[] texts =
        [
            "Nvidia plans to invest up to US$100 billion in OpenAI as the systems are deployed, one gigawatt at a time, starting in 2026.",
            "Nvidia",
            "How much will Nvidia invest?",
            "英伟达计划向OpenAI投资最多1000亿美元。",
        ];

        var together = await _embedder.EmbedAsync(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            var alone = (await _embedder.EmbedAsync([texts[i]]))[0];
            Assert.True(TensorPrimitives.CosineSimilarity(together[i], alone) > 0.9999f, $"text {i}: its vector depends on the texts beside it, or came back out of place");
            Assert.Equal(1f, TensorPrimitives.Norm(together[i]), 3);
        }
    }

    [Fact]
    public async Task EmbedAsync_AnyBatchingOrderOrWorkerCount_GivesATextTheSameVectorBitForBit()
    {
        var texts = Enumerable.Range(1, 12)
            .Select(i => i % 3 == 0
                ? $"英伟达计划在第{i}阶段部署{i}吉瓦的系统，并向OpenAI投资{i * 10}亿美元。"
                : $"Nvidia plans to deploy {i} gigawatts in phase {i} and invest US${i * 10} billion in OpenAI as systems arrive.")
            .ToList();
        var alone = new List<float[]>();
        foreach (var text in texts)
        {
            alone.Add((await _embedder.EmbedAsync([text]))[0]);
        }

        using var fourWorkers = Embedder(threads: 4);
        var together = await fourWorkers.EmbedAsync(texts);
        var reversed = new List<float[]>();
        foreach (var batch in Enumerable.Reverse(texts).Chunk(5))
        {
            reversed.AddRange(await fourWorkers.EmbedAsync(batch));
        }

        reversed.Reverse();
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.True(alone[i].AsSpan().SequenceEqual(together[i]), $"text {i}: one batch of all, four workers, differs from the text alone");
            Assert.True(alone[i].AsSpan().SequenceEqual(reversed[i]), $"text {i}: reversed batches of five differ from the text alone");
        }
    }

    [Fact]
    public async Task EmbedAsync_LongChineseSentencesWithoutSpaces_AreToldApart()
    {
        // Over 50 characters with no space: the package's tokenizer alone drops such a "word", leaving both empty.
        const string Investment = "英伟达与OpenAI签署合作意向书英伟达计划随着每一千兆瓦系统的部署逐步向OpenAI投资最多一千亿美元首笔投资将在最终协议签署后到位";
        const string Reaction = "消息传出后英伟达股价盘中最高上涨百分之四点四创下历史新高分析师认为这笔交易对双方都有利但也有人担心资金循环问题会更加突出";

        var vectors = await _embedder.EmbedAsync([Investment, Reaction]);

        Assert.True(TensorPrimitives.CosineSimilarity(vectors[0], vectors[1]) < 0.95f);
    }

    [Fact]
    public async Task EmbedAsync_FirstUse_LoadsTheModelFromAFileInTheModelDirectory()
    {
        await _embedder.EmbedAsync(["warm up"]);

        Assert.Single(Directory.GetFiles(Path.Combine(_data.Path, "models"), "*.onnx"));
    }

    [Fact]
    public async Task EmbedAsync_FirstUse_LogsWhichModelFileIsReady()
    {
        var logger = new FakeLogger<MiniLmEmbedder>();
        using var embedder = new MiniLmEmbedder(Paths(), Options.Create(new KnowledgeOptions()), TimeProvider.System, logger);

        await embedder.EmbedAsync(["warm up"]);
        await embedder.EmbedAsync(["again"]);

        var record = Assert.Single(logger.Collector.GetSnapshot());
        Assert.Equal(LogLevel.Information, record.Level);
        Assert.Contains(_data.Combine("models"), record.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_WhileTextsAreBeingEmbedded_LetsRunsInProgressFinishAndRefusesTheRest()
    {
        // A host that stops while its warm-up or an ingest still embeds disposes the embedder under running sessions.
        using var embedder = Embedder(threads: 2);
        await embedder.EmbedAsync(["warm up"]);
        var texts = Enumerable.Range(1, 400)
            .Select(i => $"Nvidia plans to deploy {i} gigawatts and invest US${i} billion in OpenAI as each phase of systems arrives.")
            .ToList();

        var embedding = Task.Run(() => embedder.EmbedAsync(texts));
        await Task.Delay(50);
        embedder.Dispose();
        var outcome = await Record.ExceptionAsync(() => embedding);

        Assert.True(outcome is null or ObjectDisposedException, $"embedding under a disposed model ended with {outcome?.GetType().Name}");
        await Assert.ThrowsAsync<ObjectDisposedException>(() => embedder.EmbedAsync(["after"]));
    }

    [Fact]
    public async Task EmbedAsync_CancelledWhileRunning_EndsAsCancelled()
    {
        await _embedder.EmbedAsync(["warm up"]);
        // Long texts, so that most of the time is spent inside a run and the cancellation lands in one.
        var text = string.Concat(Enumerable.Repeat("英伟达计划随着每一吉瓦系统的部署向OpenAI投资，分析师担心资金循环。", 12));
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(7 * attempt));

            var outcome = await Record.ExceptionAsync(() => _embedder.EmbedAsync(Enumerable.Repeat(text, 50).ToList(), cancel.Token));

            Assert.IsAssignableFrom<OperationCanceledException>(outcome);
        }
    }

    public void Dispose()
    {
        _embedder.Dispose();
        _data.Dispose();
    }

    private MiniLmEmbedder Embedder(int threads) =>
        new(Paths(), Options.Create(new KnowledgeOptions { EmbeddingThreads = threads }), TimeProvider.System, NullLogger<MiniLmEmbedder>.Instance);

    private KnowledgePaths Paths() =>
        new(Options.Create(new KnowledgeOptions { DataDirectory = _data.Path, ModelDirectory = _data.Combine("models") }));
}
