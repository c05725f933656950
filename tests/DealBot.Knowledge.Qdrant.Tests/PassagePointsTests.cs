using DealBot.Core.Retrieval;
using DealBot.Testing.Stores;
using Qdrant.Client.Grpc;
using SparseVector = DealBot.Core.Retrieval.SparseVector;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class PassagePointsTests
{
    [Fact]
    public void ToPoint_Passage_IdIsThePassageUuid()
    {
        var point = PassagePoints.ToPoint(ContractPassages.Investment);

        Assert.Equal(ContractPassages.Investment.Passage.Id.ToString(), point.Id.Uuid);
    }

    [Fact]
    public void ToPoint_Vectors_NamedDenseAndSparseWithValuesAndIndicesInPlace()
    {
        var indexed = ContractPassages.Investment;

        var vectors = PassagePoints.ToPoint(indexed).Vectors.Vectors_.Vectors;

        Assert.Equal(indexed.Dense, vectors["dense"].Dense.Data);
        Assert.Equal(new[] { 1.2f, 0.8f }, vectors["sparse"].Sparse.Values);
        Assert.Equal(new uint[] { 1, 2 }, vectors["sparse"].Sparse.Indices);
    }

    [Fact]
    public void ToPoint_NoSparseTerms_OmitsTheSparseVector()
    {
        var indexed = ContractPassages.Oracle with { Sparse = SparseVector.Empty };

        var vectors = PassagePoints.ToPoint(indexed).Vectors.Vectors_.Vectors;

        Assert.False(vectors.ContainsKey("sparse"));
    }

    [Fact]
    public void ToPoint_Payload_CarriesFieldsAndRfc3339Date()
    {
        var payload = PassagePoints.ToPoint(ContractPassages.FirstGigawatt).Payload;

        Assert.Equal("nvidia-letter-en", payload["source_id"].StringValue);
        Assert.Equal("en", payload["language"].StringValue);
        Assert.Equal("2025-09-22T00:00:00Z", payload["published"].StringValue);
        Assert.Equal(1, payload["position"].IntegerValue);
        Assert.Contains("\"Power\"", payload["figures"].StringValue, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPoint_NoPublicationDate_OmitsThePublishedField()
    {
        var payload = PassagePoints.ToPoint(ContractPassages.Oracle).Payload;

        Assert.False(payload.ContainsKey("published"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ToPassage_PointOfPassage_RoundTripsEveryField(int index)
    {
        var original = ContractPassages.All[index].Passage;
        var point = PassagePoints.ToPoint(ContractPassages.All[index]);
        var hit = new ScoredPoint { Id = point.Id, Score = 0.5f };
        hit.Payload.Add(point.Payload);

        var passage = PassagePoints.ToPassage(hit);

        Assert.Equal(original with { Figures = [] }, passage with { Figures = [] });
        Assert.Equal(original.Figures, passage.Figures);
    }
}
