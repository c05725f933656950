using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using Microsoft.ML.OnnxRuntime;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// Opens the model with all of ONNX Runtime's graph optimisations, without paying for them at every start: the first
/// load saves the optimised graph beside the model file, and later loads read that copy with optimisation off (it is
/// already done). Optimising was most of a cold <c>ask</c>. The copy is named after the ONNX Runtime version and the
/// processor architecture it was made by, is written under a temporary name and renamed whole, and a copy that does
/// not load is deleted and made again from the model file.
/// </summary>
internal static partial class OptimizedModelLoader
{
    public static MiniLmModel Load(string modelFile, ILogger logger)
    {
        var optimized = OptimizedPathOf(modelFile);
        if (File.Exists(optimized))
        {
            try
            {
                using var ready = SessionOptionsFor(GraphOptimizationLevel.ORT_DISABLE_ALL);
                return new MiniLmModel(optimized, ready);
            }
            catch (Exception ex) when (ex is OnnxRuntimeException or InvalidDataException or IOException)
            {
                LogOptimizedDiscarded(logger, optimized, ex.Message);
                TryDelete(optimized);
            }
        }

        var temp = $"{optimized}.{Guid.NewGuid():N}.tmp";
        MiniLmModel model;
        try
        {
            using var saving = SessionOptionsFor(GraphOptimizationLevel.ORT_ENABLE_ALL);
            saving.OptimizedModelFilePath = temp;
            model = new MiniLmModel(modelFile, saving);
        }
        catch (OnnxRuntimeException ex) when (!File.Exists(temp))
        {
            // The copy could not be written (a read-only model directory): the model runs all the same, optimised
            // again at every start. A model that does not load at all fails here again, with its own message.
            LogOptimizedNotSaved(logger, optimized, ex.Message);
            using var options = SessionOptionsFor(GraphOptimizationLevel.ORT_ENABLE_ALL);
            return new MiniLmModel(modelFile, options);
        }

        try
        {
            File.Move(temp, optimized, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            LogOptimizedNotSaved(logger, optimized, ex.Message);
        }

        return model;
    }

    /// <summary>Where the optimised copy of <paramref name="modelFile"/> is kept for this ONNX Runtime and processor.</summary>
    public static string OptimizedPathOf(string modelFile)
    {
        var version = OrtEnv.Instance().GetVersionString();
        var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        return $"{Path.ChangeExtension(modelFile, null)}.ort-{version}-{architecture}.onnx";
    }

    // All graph optimisations: they fuse the quantised multiplications into ONNX Runtime's integer kernels. One intra-op
    // thread, measured on two cores: a short question runs nearly as fast as on two threads, and when the other core is
    // busy two threads wait on each other (p95 of a query doubles); concurrent questions, and the workers of an ingest,
    // each get a core, running the one session at once (ONNX Runtime allows concurrent runs of a session). The arena
    // and memory pattern stay on: with one text per run they stay small, and used less memory than plain malloc did.
    private static SessionOptions SessionOptionsFor(GraphOptimizationLevel level) => new()
    {
        GraphOptimizationLevel = level,
        ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        IntraOpNumThreads = 1,
        InterOpNumThreads = 1,
    };

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Made again at the next start.
        }
    }

    [LoggerMessage(EventId = 2302, Level = LogLevel.Warning, Message = "Optimised model {File} discarded ({Problem}); it is made again from the model file")]
    private static partial void LogOptimizedDiscarded(ILogger logger, string file, string problem);

    [LoggerMessage(EventId = 2303, Level = LogLevel.Warning, Message = "Optimised model {File} not saved ({Problem}); the next start optimises the model again")]
    private static partial void LogOptimizedNotSaved(ILogger logger, string file, string problem);
}
