namespace DealBot.Testing;

/// <summary>The repository the tests run from, found by walking up from the test assembly's folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding DealBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The real knowledge/ directory of the repository.</summary>
    public static string KnowledgeDirectory => Path.Combine(Root, "knowledge");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DealBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("DealBot.sln not found above " + AppContext.BaseDirectory);
    }
}
