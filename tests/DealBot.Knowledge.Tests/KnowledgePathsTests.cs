using DealBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Tests;

public sealed class KnowledgePathsTests : IDisposable
{
    private readonly TempDirectory _root = new();

    public void Dispose() => _root.Dispose();

    [Fact]
    public void ModelDirectory_NotConfigured_IsOneFolderSharedByEveryDataDirectory()
    {
        var first = Paths(new KnowledgeOptions { DataDirectory = _root.Combine("first") });
        var second = Paths(new KnowledgeOptions { DataDirectory = _root.Combine("second") });

        Assert.Equal(first.ModelDirectory, second.ModelDirectory);
        Assert.False(first.ModelDirectory.StartsWith(first.DataDirectory, StringComparison.Ordinal), "a copy of the data directory would carry the model");
    }

    [Fact]
    public void ModelDirectory_Configured_IsThatFolder()
    {
        var paths = Paths(new KnowledgeOptions { DataDirectory = _root.Combine("data"), ModelDirectory = _root.Combine("models") });

        Assert.Equal(_root.Combine("models"), paths.ModelDirectory);
    }

    private static KnowledgePaths Paths(KnowledgeOptions options) => new(Options.Create(options));
}
