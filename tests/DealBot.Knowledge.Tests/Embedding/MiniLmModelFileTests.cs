using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Embedding;

/// <summary>The shipped model, quantised into a temporary directory.</summary>
public sealed class MiniLmModelFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task EnsureAsync_FirstUse_LeavesOneQuantisedModelAndNoTemporaryFile()
    {
        var shipped = MiniLmFiles.BesideExecutable();

        var path = await MiniLmModelFile.EnsureAsync(_directory.Path, shipped, CancellationToken.None);

        Assert.Equal([path], Directory.GetFiles(_directory.Path));
        Assert.True(new FileInfo(path).Length < new FileInfo(shipped.Model).Length * 3 / 4, "the model was not quantised");
    }

    [Fact]
    public async Task EnsureAsync_AlreadyThere_ReusesTheFile()
    {
        var shipped = MiniLmFiles.BesideExecutable();
        var path = await MiniLmModelFile.EnsureAsync(_directory.Path, shipped, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(path);

        var again = await MiniLmModelFile.EnsureAsync(_directory.Path, shipped, CancellationToken.None);

        Assert.Equal(path, again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(again));
    }

    [Fact]
    public void PathIn_AnotherPackageVersion_IsAnotherFile()
    {
        var shipped = MiniLmFiles.BesideExecutable();

        Assert.NotEqual(MiniLmModelFile.PathIn(_directory.Path, shipped), MiniLmModelFile.PathIn(_directory.Path, shipped with { Version = "0.0.1" }));
    }

    [Fact]
    public async Task EnsureAsync_ShippedModelMissing_SaysWhichFile()
    {
        var missing = MiniLmFiles.BesideExecutable() with { Model = _directory.Combine("gone", "model.onnx") };

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => MiniLmModelFile.EnsureAsync(_directory.Combine("models"), missing, CancellationToken.None));

        Assert.Contains(missing.Model, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_directory.Combine("models")));
    }
}
