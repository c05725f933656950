namespace DealBot.Knowledge.Tests.Support;

/// <summary>Where the repository and the test resources are, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding DealBot.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The real knowledge/ directory of the repository.</summary>
    public static string KnowledgeDirectory => Path.Combine(RepositoryRoot, "knowledge");

    /// <summary>A file copied from Resources/ to the output folder.</summary>
    public static string Resource(string name) => Path.Combine(AppContext.BaseDirectory, "Resources", name);

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
