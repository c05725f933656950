using DealBot.Knowledge.Facts;

namespace DealBot.Knowledge.Ingestion;

/// <summary>The article files of a knowledge directory: everything but hidden files, READMEs and the fact files.</summary>
internal static class KnowledgeFiles
{
    private static readonly HashSet<string> NotArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "README.md", FactSheetLoader.FactsFileName, FactSheetLoader.GlossaryFileName,
    };

    // A folder that cannot be listed is skipped rather than failing the refresh; hidden folders (such as the staging
    // folder of uploads) are never entered.
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MaxRecursionDepth = 16,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>Relative paths with '/' separators, in a stable order.</summary>
    public static List<string> Enumerate(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"the knowledge directory {directory} does not exist");
        }

        return Directory.EnumerateFiles(directory, "*", Walk)
            .Select(path => Path.GetRelativePath(directory, path).Replace('\\', '/'))
            .Where(relative => !relative.Split('/').Any(part => part.StartsWith('.')))
            .Where(relative => !NotArticles.Contains(Path.GetFileName(relative)))
            .Where(relative => !relative.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
