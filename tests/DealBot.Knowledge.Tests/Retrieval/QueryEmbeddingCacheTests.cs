using System.Numerics.Tensors;
using DealBot.Knowledge.Retrieval;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Retrieval;

public sealed class QueryEmbeddingCacheTests
{
    [Fact]
    public async Task GetOrAddAsync_TwoTexts_IsTheUnitLengthSumOfTheirVectors()
    {
        var cache = new QueryEmbeddingCache();

        var vector = await cache.GetOrAddAsync(["with names", "without"], new HashEmbedder(), CancellationToken.None);

        var sum = new float[384];
        TensorPrimitives.Add(HashEmbedder.Vector("with names"), HashEmbedder.Vector("without"), sum);
        Assert.True(TensorPrimitives.CosineSimilarity(sum, vector) > 0.9999f);
        Assert.Equal(1f, TensorPrimitives.Norm(vector), 4);
    }

    [Fact]
    public async Task GetOrAddAsync_SameTextsAgain_EmbedsNothing()
    {
        var cache = new QueryEmbeddingCache();
        var embedder = new HashEmbedder();
        var first = await cache.GetOrAddAsync(["with names", "without"], embedder, CancellationToken.None);
        var count = embedder.Count;

        var again = await cache.GetOrAddAsync(["with names", "without"], embedder, CancellationToken.None);

        Assert.Same(first, again);
        Assert.Equal(count, embedder.Count);
    }

    [Fact]
    public async Task GetOrAddAsync_OneText_IsThatTextsVector()
    {
        var vector = await new QueryEmbeddingCache().GetOrAddAsync(["alone"], new HashEmbedder(), CancellationToken.None);

        Assert.Equal(HashEmbedder.Vector("alone"), vector);
    }
}
