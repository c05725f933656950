using DealBot.Testing;

namespace DealBot.Knowledge.Tests.Support;

/// <summary>Where the repository and the test resources are, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    /// <summary>The folder holding DealBot.sln.</summary>
    public static string RepositoryRoot => RepositoryPaths.Root;

    /// <summary>The real knowledge/ directory of the repository.</summary>
    public static string KnowledgeDirectory => RepositoryPaths.KnowledgeDirectory;

    /// <summary>A file copied from Resources/ to the output folder.</summary>
    public static string Resource(string name) => Path.Combine(AppContext.BaseDirectory, "Resources", name);
}
