namespace DealBot.Knowledge.Embedding;

/// <summary>
/// The model file the embedder loads: the shipped all-MiniLM-L6-v2 (<see cref="MiniLmFiles"/>) quantised to 8-bit
/// integers (<see cref="DynamicQuantizer"/>) on first use, then reused. The name carries the package version, so a
/// package upgrade never reuses an old model.
/// </summary>
internal static class MiniLmModelFile
{
    public static string PathIn(string directory, MiniLmFiles shipped) =>
        Path.Combine(directory, $"all-MiniLM-L6-v2-{shipped.Version}-int8.onnx");

    public static Task<string> EnsureAsync(string directory, MiniLmFiles shipped, CancellationToken cancellationToken)
    {
        var path = PathIn(directory, shipped);
        if (File.Exists(path))
        {
            return Task.FromResult(path);
        }

        shipped.EnsureShipped();
        return Task.Run(() => Prepare(directory, shipped, path, cancellationToken), cancellationToken);
    }

    private static string Prepare(string directory, MiniLmFiles shipped, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        // Unique temporary names, then a rename: a crash leaves no half-written model under the real name, and two
        // processes preparing it at once both end with a whole file.
        var unique = Guid.NewGuid().ToString("N");
        var quantized = $"{path}.{unique}.tmp";
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            DynamicQuantizer.Quantize(shipped.Model, quantized);
            File.Move(quantized, path, overwrite: true);

            // Quantising parses the whole float model into managed memory, once. Give that memory back now, so it is not
            // still resident when ONNX Runtime loads the session: that is where the process's peak would otherwise be.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        finally
        {
            File.Delete(quantized);
        }

        return path;
    }
}
