using DealBot.Core.Figures;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedded;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Tests.Support;
using static DealBot.Testing.Stores.ContractPassages;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>
/// A refresh shares the passages of unchanged articles, and their vectors, with the live generation instead of holding a
/// second copy of them: the generation it publishes serves the very instances the previous one did, only those equal in
/// every field (bit for bit, for a vector), and the same vectors and sparse weights as a build from nothing would.
/// </summary>
public sealed class LivePassageReuseTests : IDisposable
{
    private readonly SyncFixture _kb = new();

    [Fact]
    public async Task RefreshAsync_AnotherArticleEdited_UnchangedArticlesPassagesAreTheLiveOnes()
    {
        await _kb.Host.RefreshAsync();
        var before = Assert.Single(await _kb.SearchAsync(SyncFixture.BetaWord), h => h.Passage.SourceId == "beta-en" && h.Passage.Text.Contains(SyncFixture.BetaWord, StringComparison.Ordinal));
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: the letter of intent, revised"));

        var report = await _kb.Host.RefreshAsync();

        Assert.True(report.Published);
        var after = Assert.Single(await _kb.SearchAsync(SyncFixture.BetaWord), h => h.Passage.SourceId == "beta-en" && h.Passage.Text.Contains(SyncFixture.BetaWord, StringComparison.Ordinal));
        Assert.Same(before.Passage, after.Passage);
        var alpha = await _kb.SearchAsync(SyncFixture.AlphaWord);
        Assert.All(alpha.Where(h => h.Passage.SourceId == "alpha-en"), h => Assert.Equal("Alpha: the letter of intent, revised", h.Passage.Title));
    }

    [Fact]
    public async Task RefreshAsync_AnotherArticleEdited_UnchangedArticlesVectorsAreTheLiveOnes()
    {
        await _kb.Host.RefreshAsync();
        var live = (ILivePassages)_kb.Host.EmbeddedStore;
        var before = (await GenerationAsync(_kb.Host)).Passages.ToDictionary(p => p.Passage.Id, p => live.ReuseVector(p.Dense));
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: the letter of intent, revised"));

        var report = await _kb.Host.RefreshAsync();

        Assert.True(report.Published);
        Assert.All(before.Values, Assert.NotNull);
        var unchanged = (await GenerationAsync(_kb.Host)).Passages.Where(p => p.Passage.SourceId != "alpha-en").ToList();
        Assert.NotEmpty(unchanged);
        Assert.All(unchanged, p => Assert.Same(before[p.Passage.Id], live.ReuseVector(p.Dense)));
    }

    [Fact]
    public async Task RefreshAsync_AnotherArticleEdited_TheVectorsAndSparseWeightsOfABuildFromNothing()
    {
        await _kb.Host.RefreshAsync();
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: the letter of intent, revised"));
        await _kb.Host.RefreshAsync();
        using var data = new TempDirectory();
        using var fresh = new KnowledgeHost(_kb.KnowledgeDirectory, data.Path, _kb.Embedder);
        await fresh.RefreshAsync();

        var refreshed = await GenerationAsync(_kb.Host);
        var scratch = await GenerationAsync(fresh);

        Assert.Equal(scratch.Passages.Select(p => p.Passage.Id), refreshed.Passages.Select(p => p.Passage.Id));
        foreach (var (want, got) in scratch.Passages.Zip(refreshed.Passages))
        {
            Assert.Equal(want.Passage with { Figures = [] }, got.Passage with { Figures = [] });
            Assert.Equal(want.Passage.Figures, got.Passage.Figures);
            Assert.Equal(want.Dense.Select(BitConverter.SingleToInt32Bits), got.Dense.Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(want.Sparse.Indices, got.Sparse.Indices);
            Assert.Equal(want.Sparse.Values.Select(BitConverter.SingleToInt32Bits), got.Sparse.Values.Select(BitConverter.SingleToInt32Bits));
        }
    }

    [Fact]
    public void ReuseVector_SameValues_ReturnsTheGenerationsOwnArray()
    {
        var index = EmbeddedIndex.Of(Build("20250923T100000000"));

        Assert.Same(Investment.Dense, index.ReuseVector([.. Investment.Dense]));
        Assert.Same(Oracle.Dense, index.ReuseVector([.. Oracle.Dense]));
    }

    public static TheoryData<string> VectorDifferences => ["next float up", "negative zero", "none held"];

    [Theory]
    [MemberData(nameof(VectorDifferences))]
    public void ReuseVector_NotTheSameBits_Null(string difference)
    {
        var index = EmbeddedIndex.Of(Build("20250923T100000000"));
        float[] vector = [.. Investment.Dense];
        switch (difference)
        {
            case "next float up":
                vector[0] = MathF.BitIncrement(vector[0]);
                break;
            case "negative zero":
                // Equal as numbers, not as bits: only an identical vector is shared.
                vector[1] = -0f;
                break;
            case "none held":
                vector = Axis(50);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(difference));
        }

        Assert.Null(index.ReuseVector(vector));
    }

    [Fact]
    public void Reuse_EqualPassage_ReturnsTheGenerationsOwnInstance()
    {
        var index = EmbeddedIndex.Of(Build("20250923T100000000"));
        var copy = Investment.Passage with { Figures = [.. Investment.Passage.Figures] };

        Assert.NotSame(Investment.Passage, copy);
        Assert.Same(Investment.Passage, index.Reuse(copy));
    }

    public static TheoryData<string> Differences => ["text", "title", "position", "figure"];

    [Theory]
    [MemberData(nameof(Differences))]
    public void Reuse_PassageDiffersInOneField_ReturnsTheOneGiven(string difference)
    {
        var index = EmbeddedIndex.Of(Build("20250923T100000000"));
        var original = Investment.Passage;
        var changed = difference switch
        {
            "text" => original with { Text = original.Text + " Revised." },
            "title" => original with { Title = original.Title + " (revised)" },
            "position" => original with { Position = original.Position + 7 },
            "figure" => original with { Figures = [original.Figures[0] with { Value = 90e9m, Qualifier = Qualifier.Exact }] },
            _ => throw new ArgumentOutOfRangeException(nameof(difference)),
        };

        Assert.Same(changed, index.Reuse(changed));
    }

    public void Dispose() => _kb.Dispose();

    private static async Task<IndexBuild> GenerationAsync(KnowledgeHost host)
    {
        var status = await host.Store.GetStatusAsync();
        return await EmbeddedIndexFile.ReadAsync(host.Paths.IndexDirectory, status.Version!, CancellationToken.None);
    }
}
