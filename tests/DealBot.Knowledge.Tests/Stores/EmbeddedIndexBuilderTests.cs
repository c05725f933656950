using DealBot.Core.Documents;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedded;
using static DealBot.Testing.Stores.ContractPassages;

namespace DealBot.Knowledge.Tests.Stores;

/// <summary>
/// An index made from a build counts each term's postings first and allocates them once; it must hold exactly the
/// postings, in the same order, of an index filled passage by passage as a generation file is read, and rank alike.
/// </summary>
public sealed class EmbeddedIndexBuilderTests
{
    private const string Version = "20250923T100000000";

    [Fact]
    public void Of_Build_TheSamePostingsAsFilledPassageByPassage()
    {
        var build = SharedTerms(400);

        var counted = EmbeddedIndex.Of(build);
        var streamed = Streamed(build);

        Assert.Equal(streamed.Postings.Keys.Order(), counted.Postings.Keys.Order());
        foreach (var (term, postings) in streamed.Postings)
        {
            Assert.Equal(postings, counted.Postings[term]);
        }
    }

    [Fact]
    public void Of_Build_RanksAsFilledPassageByPassage()
    {
        var build = SharedTerms(400);
        var counted = EmbeddedIndex.Of(build);
        var streamed = Streamed(build);

        foreach (var target in new[] { 0, 17, 399 })
        {
            var passage = build.Passages[target];
            foreach (var query in new[] { Query(passage.Dense, passage.Sparse), Query(Orthogonal(), Terms(passage.Sparse.Indices)) })
            {
                var want = streamed.Search(query, HybridQuery.RankConstant);
                var got = counted.Search(query, HybridQuery.RankConstant);
                Assert.Equal(want.Select(h => (h.Passage.Id, h.Score, h.DenseRank, h.SparseRank)), got.Select(h => (h.Passage.Id, h.Score, h.DenseRank, h.SparseRank)));
            }
        }
    }

    [Fact]
    public void AddKeepingVector_MorePostingsOfATermThanCounted_Refused()
    {
        var builder = new EmbeddedIndexBuilder(Version, Dimensions, 2, new Dictionary<uint, int> { [SharedTerm] = 1 });
        builder.AddKeepingVector(Investment.Passage, Investment.Dense, [SharedTerm], [1f]);

        var refused = Assert.Throws<InvalidOperationException>(() => builder.AddKeepingVector(InvestmentZh.Passage, InvestmentZh.Dense, [SharedTerm], [1f]));

        Assert.Contains("more postings of term 1 than were counted", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FewerPostingsOfATermThanCounted_Refused()
    {
        var builder = new EmbeddedIndexBuilder(Version, Dimensions, 1, new Dictionary<uint, int> { [SharedTerm] = 2 });
        builder.AddKeepingVector(Investment.Passage, Investment.Dense, [SharedTerm], [1f]);

        var refused = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Equal("term 1 has 1 of the 2 postings counted", refused.Message);
    }

    // Passages over a small vocabulary, so that every term has many postings, spread over the whole build.
    private static IndexBuild SharedTerms(int count)
    {
        var random = new Random(count);
        var passages = new IndexedPassage[count];
        for (var i = 0; i < count; i++)
        {
            var dense = new float[Dimensions];
            for (var d = 0; d < Dimensions; d++)
            {
                dense[d] = (float)(random.NextDouble() - 0.5);
            }

            var terms = Enumerable.Range(0, random.Next(1, 12)).Select(_ => (uint)random.Next(1, 40)).Distinct().Order().ToArray();
            var passage = new Passage(IdOf(2000 + i), "shared-en", "Shared terms", Languages.English, null, i, $"Passage {i}.", []);
            passages[i] = new IndexedPassage(passage, dense, new SparseVector(terms, [.. terms.Select(_ => (float)random.NextDouble())]));
        }

        return new IndexBuild(Version, passages, Dimensions);
    }

    // As a generation file is read: one passage at a time, each term's postings growing as they come.
    private static EmbeddedIndex Streamed(IndexBuild build)
    {
        var builder = new EmbeddedIndexBuilder(build.Version, build.DenseDimensions, build.Passages.Count);
        foreach (var indexed in build.Passages)
        {
            builder.Add(indexed.Passage, indexed.Dense, indexed.Sparse.Indices, indexed.Sparse.Values);
        }

        return builder.Build();
    }
}
