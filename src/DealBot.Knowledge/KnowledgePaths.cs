using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge;

/// <summary>
/// Resolves the knowledge and data directories. A relative knowledge directory is looked for from the working
/// directory upwards, then from the application's folder upwards, so `dotnet run` from anywhere in a checkout and the
/// published container both find it. Without a configured data directory, each knowledge directory gets its own folder
/// under the user's local data folder, so two checkouts never share an index.
/// </summary>
public sealed class KnowledgePaths
{
    public KnowledgePaths(IOptions<KnowledgeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SourceDirectory = ResolveSource(options.Value.SourceDirectory);
        DataDirectory = string.IsNullOrWhiteSpace(options.Value.DataDirectory)
            ? DefaultDataDirectory(SourceDirectory)
            : Path.GetFullPath(options.Value.DataDirectory);
        ModelDirectory = string.IsNullOrWhiteSpace(options.Value.ModelDirectory)
            ? Path.Combine(UserDataRoot(), "models")
            : Path.GetFullPath(options.Value.ModelDirectory);
    }

    public string SourceDirectory { get; }

    public string DataDirectory { get; }

    public string IndexDirectory => Path.Combine(DataDirectory, "index");

    public string StateFile => Path.Combine(DataDirectory, "refresh-state.json");

    public string EmbeddingCacheFile => Path.Combine(DataDirectory, "embeddings.bin");

    /// <summary>What refreshes made of each article (passages, embedding inputs, term counts), one file per article.</summary>
    public string ArticleCacheDirectory => Path.Combine(DataDirectory, "articles");

    public string LockFile => Path.Combine(DataDirectory, "refresh.lock");

    /// <summary>
    /// Where models shipped inside packages are prepared to load from a file of their own. A model depends on the
    /// package only, not on the knowledge, so by default every data directory of the user shares one folder.
    /// </summary>
    public string ModelDirectory { get; }

    private static string ResolveSource(string configured)
    {
        if (Path.IsPathRooted(configured))
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(configured);
    }

    private static string DefaultDataDirectory(string sourceDirectory)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sourceDirectory)))[..12].ToLowerInvariant();
        return Path.Combine(UserDataRoot(), key);
    }

    private static string UserDataRoot()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Path.GetTempPath(), "dealbot-data");
        }

        return Path.Combine(root, "dealbot");
    }
}
