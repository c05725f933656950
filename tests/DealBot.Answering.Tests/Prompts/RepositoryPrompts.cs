using System.Runtime.CompilerServices;

namespace DealBot.Answering.Tests.Prompts;

/// <summary>The repository's real prompts/ directory, found from this source file's location.</summary>
internal static class RepositoryPrompts
{
    public static string Directory { get; } = Find();

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "prompts");
                if (System.IO.Directory.Exists(Path.Combine(candidate, "Answer")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("prompts/ not found above " + AppContext.BaseDirectory);
    }
}
