using System.Security.Cryptography;
using System.Text;
using DealBot.Core.Documents;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DealBot.Knowledge.Tests.Embedding;

/// <summary>
/// The embedding cache keys a vector by the model and the exact text, and a refresh reading it takes each vector the live
/// generation holds with the same values from that generation, so the next one shares it; any other it reads as it was.
/// </summary>
public sealed class EmbeddingCacheTests : IDisposable
{
    private const string ModelId = "all-MiniLM-L6-v2-int8/bert-basic-pretokenized";

    private readonly TempDirectory _directory = new();

    private string CachePath => _directory.Combine("embeddings.bin");

    public static TheoryData<string> Texts =>
    [
        string.Empty,
        "Nvidia and OpenAI sign a letter of intent\nNvidia intends to invest up to $100 billion in OpenAI.",
        "英伟达与OpenAI签署意向书 — 投资\n英伟达计划向OpenAI投资最多1000亿美元。😀",
        "a lone \ud800 surrogate, and one at the end \udc00",
        new string('x', 20_000),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void KeyOf_AnyText_TheHashOfTheModelIdALineBreakAndTheTextInUtf8(string text)
    {
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ModelId + "\n" + text)));

        Assert.Equal(expected, EmbeddingCache.KeyOf(ModelId, text));
    }

    [Fact]
    public async Task LoadAsync_LiveGenerationHoldsAVector_TheLiveArrayOtherwiseACopyOfTheSavedValues()
    {
        float[] held = [0.25f, -0.5f, 0.75f];
        float[] other = [0.1f, 0.2f, 0.3f];
        var saved = new EmbeddingCache();
        saved.Set(Key("held"), [.. held]);
        saved.Set(Key("other"), [.. other]);
        Assert.True(await saved.SaveAsync(CachePath, NullLogger.Instance, CancellationToken.None));

        var loaded = await EmbeddingCache.LoadAsync(CachePath, new OneVectorLive(held), NullLogger.Instance, CancellationToken.None);

        Assert.True(loaded.TryGet(Key("held"), out var shared));
        Assert.Same(held, shared);
        Assert.True(loaded.TryGet(Key("other"), out var copied));
        Assert.NotSame(other, copied);
        Assert.Equal(other, copied);
    }

    [Fact]
    public async Task LoadAsync_NoLiveGeneration_EveryVectorAsSaved()
    {
        var saved = new EmbeddingCache();
        saved.Set(Key("a"), [1f, 2f]);
        saved.Set(Key("b"), [-0f, float.Epsilon]);
        Assert.True(await saved.SaveAsync(CachePath, NullLogger.Instance, CancellationToken.None));

        var loaded = await EmbeddingCache.LoadAsync(CachePath, null, NullLogger.Instance, CancellationToken.None);

        Assert.Equal(2, loaded.Count);
        Assert.True(loaded.TryGet(Key("a"), out var a));
        Assert.True(loaded.TryGet(Key("b"), out var b));
        Assert.Equal([1f, 2f], a);
        Assert.Equal([BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(float.Epsilon)], b.Select(BitConverter.SingleToInt32Bits));
    }

    public void Dispose() => _directory.Dispose();

    private static string Key(string text) => EmbeddingCache.KeyOf(ModelId, text);

    /// <summary>A live generation holding one vector.</summary>
    private sealed class OneVectorLive(float[] held) : ILivePassages
    {
        public Passage Reuse(Passage built) => built;

        public float[]? ReuseVector(ReadOnlySpan<float> vector) => vector.SequenceEqual(held) ? held : null;
    }
}
