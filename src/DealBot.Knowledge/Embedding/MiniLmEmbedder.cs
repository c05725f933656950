using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.ML.OnnxRuntime;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 in process through ONNX Runtime: the model ships beside the executable (<see cref="MiniLmFiles"/>),
/// so nothing is downloaded. On first use it is quantised to 8-bit integers into the model directory and loaded from
/// there (<see cref="MiniLmModelFile"/>); commands that embed nothing never pay for it.
/// </summary>
public sealed partial class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    private readonly string _modelDirectory;
    private readonly int _threads;
    private readonly TimeProvider _time;
    private readonly ILogger<MiniLmEmbedder> _logger;
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile MiniLmModel? _model;

    public MiniLmEmbedder(KnowledgePaths paths, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<MiniLmEmbedder> logger)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        _modelDirectory = paths.ModelDirectory;
        _threads = options.Value.EmbeddingThreads is > 0 and var threads ? threads : Environment.ProcessorCount;
        _time = time;
        _logger = logger;
    }

    /// <summary>The model, its quantisation and the way its input is prepared (<see cref="BertInputText"/>): all decide the vectors.</summary>
    public string ModelId => "all-MiniLM-L6-v2-int8/bert-basic-pretokenized";

    public int Dimensions => MiniLmModel.Dimensions;

    /// <summary>
    /// Loads ONNX Runtime without a model: its native library, the bindings to it, and the environment every session
    /// of the process shares (the environment a session would otherwise create on first use, with the same defaults).
    /// That is about half of a model's load, and needs no settings, so a process about to embed can do it while its
    /// host is still being built. A runtime that cannot load is left for the model's load to report.
    /// </summary>
    public static void LoadRuntime()
    {
        try
        {
            _ = OrtEnv.Instance();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or TypeInitializationException or OnnxRuntimeException)
        {
            // The same failure comes back, and is reported, when the model loads.
        }
    }

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

        // One text per run. The quantised model scales activations over a whole run, so a text's vector must not depend
        // on which texts share its run (the cache keys vectors by text alone); and with no padding nothing is wasted.
        // Runs are single-threaded (see SessionOptionsFor), so a text's vector is the same whichever worker embeds it:
        // several texts are shared out among one worker per core, each taking the next text not yet taken.
        var result = new float[texts.Count][];
        var next = -1;
        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < texts.Count)
            {
                cancellationToken.ThrowIfCancellationRequested();
                result[i] = model.Embed(texts[i], cancellationToken);
            }
        }

        var workers = Math.Min(_threads, texts.Count);
        if (workers == 1)
        {
            // A question: ONNX inference is CPU-bound and synchronous, and the caller's thread runs it.
            Work();
            return result;
        }

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(Work, cancellationToken))).ConfigureAwait(false);
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

            var started = _time.GetTimestamp();
            var shipped = MiniLmFiles.BesideExecutable();
            shipped.EnsureShipped();
            var file = await MiniLmModelFile.EnsureAsync(_modelDirectory, shipped, cancellationToken).ConfigureAwait(false);
            using var options = SessionOptionsFor();
            _model = new MiniLmModel(file, shipped.Vocabulary, options);
            LogLoaded(file, _time.GetElapsedTime(started).TotalMilliseconds);
            return _model;
        }
        finally
        {
            _loadLock.Release();
        }
    }

    // All graph optimisations: they fuse the quantised multiplications into ONNX Runtime's integer kernels. One intra-op
    // thread, measured on two cores: a short question runs nearly as fast as on two threads, and when the other core is
    // busy two threads wait on each other (p95 of a query doubles); concurrent questions, and the workers of an ingest,
    // each get a core, running the one session at once (ONNX Runtime allows concurrent runs of a session). The arena
    // and memory pattern stay on: with one text per run they stay small, and used less memory than plain malloc did.
    private static SessionOptions SessionOptionsFor() => new()
    {
        GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
    };

    [LoggerMessage(EventId = 2301, Level = LogLevel.Information, Message = "Embedding model {File} ready in {Milliseconds:F0} ms")]
    private partial void LogLoaded(string file, double milliseconds);
}
