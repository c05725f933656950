using DealBot.Core.Retrieval;
using DealBot.Testing.Stores;
using Qdrant.Client.Grpc;
using SparseVector = DealBot.Core.Retrieval.SparseVector;

namespace DealBot.Knowledge.Qdrant.Tests;

public sealed class QdrantQueriesTests
{
    private static HybridQuery Query(PassageFilter filter, SparseVector? sparse = null) =>
        new(ContractPassages.Axis(0), sparse ?? new SparseVector([7, 9], [1f, 1f]), filter, Limit: 8, CandidateLimit: 40);

    [Fact]
    public void Hybrid_Query_DenseAndSparsePrefetchesFusedByRrf()
    {
        var request = QdrantQueries.Hybrid("deal-passages", Query(PassageFilter.None));

        Assert.Equal("deal-passages", request.Collection);
        Assert.Equal(61u, request.Query.Rrf.K);
        Assert.Equal(8UL, request.Limit);
        Assert.Null(request.Using);
        Assert.Collection(
            request.Prefetch,
            dense =>
            {
                Assert.Equal("dense", dense.Using);
                Assert.Equal(40UL, dense.Limit);
                Assert.Equal(ContractPassages.Axis(0), dense.Query.Nearest.Dense.Data);
            },
            sparse =>
            {
                Assert.Equal("sparse", sparse.Using);
                Assert.Equal(40UL, sparse.Limit);
                Assert.Equal(new uint[] { 7, 9 }, sparse.Query.Nearest.Sparse.Indices);
                Assert.Equal(new[] { 1f, 1f }, sparse.Query.Nearest.Sparse.Values);
            });
    }

    [Fact]
    public void Hybrid_NoFilter_PrefetchesUnfiltered()
    {
        var request = QdrantQueries.Hybrid("a", Query(PassageFilter.None));

        Assert.All(request.Prefetch, p => Assert.Null(p.Filter));
    }

    [Fact]
    public void Hybrid_LanguageAndSources_EachPrefetchFilteredInMust()
    {
        var request = QdrantQueries.Hybrid("a", Query(new PassageFilter("zh", ["s1", "s2"])));

        Assert.All(request.Prefetch, p =>
        {
            Assert.Empty(p.Filter.Should);
            Assert.Equal(2, p.Filter.Must.Count);
            Assert.Equal("language", p.Filter.Must[0].Field.Key);
            Assert.Equal("zh", p.Filter.Must[0].Field.Match.Keyword);
            Assert.Equal("source_id", p.Filter.Must[1].Field.Key);
            Assert.Equal(["s1", "s2"], p.Filter.Must[1].Field.Match.Keywords.Strings);
        });
    }

    [Fact]
    public void Hybrid_NoQueryTerms_OnlyTheDenseLeg()
    {
        var request = QdrantQueries.Hybrid("a", Query(PassageFilter.None, SparseVector.Empty));

        Assert.Equal("dense", Assert.Single(request.Prefetch).Using);
    }

    [Fact]
    public void Probe_Vector_SingleDenseQueryForOneHit()
    {
        var request = QdrantQueries.Probe("deal-passages-v1", ContractPassages.Axis(2));

        Assert.Equal("deal-passages-v1", request.Collection);
        Assert.Equal("dense", request.Using);
        Assert.Empty(request.Prefetch);
        Assert.Equal(1UL, request.Limit);
        Assert.Equal(ContractPassages.Axis(2), request.Query.Nearest.Dense.Data);
    }
}
