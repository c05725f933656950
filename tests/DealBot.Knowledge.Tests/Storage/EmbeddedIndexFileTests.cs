using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedded;
using DealBot.Knowledge.Storage;
using DealBot.Knowledge.Tests.Support;
using static DealBot.Testing.Stores.ContractPassages;

namespace DealBot.Knowledge.Tests.Storage;

/// <summary>
/// An index generation written and read back as a stream: read as built it holds the same passages and the very same
/// vectors; loaded for serving (vectors straight into the matrix and postings) it ranks exactly as an index made from
/// the build itself; damaged, it is refused with one line.
/// </summary>
public sealed class EmbeddedIndexFileTests : IDisposable
{
    private const string Version = "20250923T100000000";

    private readonly TempDirectory _directory = new();

    [Fact]
    public async Task ReadAsync_WrittenGeneration_SamePassagesAndVectors()
    {
        var build = Generation();
        await WriteAsync(build);

        var read = await EmbeddedIndexFile.ReadAsync(_directory.Path, Version, CancellationToken.None);

        Assert.Equal((build.Version, build.DenseDimensions, build.Passages.Count), (read.Version, read.DenseDimensions, read.Passages.Count));
        for (var i = 0; i < build.Passages.Count; i++)
        {
            var (want, got) = (build.Passages[i], read.Passages[i]);
            Assert.Equal(want.Passage with { Figures = [] }, got.Passage with { Figures = [] });
            Assert.Equal(want.Passage.Figures, got.Passage.Figures);
            Assert.Equal(want.Dense, got.Dense);
            Assert.Equal(want.Sparse.Indices, got.Sparse.Indices);
            Assert.Equal(want.Sparse.Values, got.Sparse.Values);
        }
    }

    [Fact]
    public async Task LoadAsync_WrittenGeneration_RanksAsTheIndexOfItsBuild()
    {
        var build = Generation();
        await WriteAsync(build);

        var loaded = await EmbeddedIndexFile.LoadAsync(_directory.Path, Version, CancellationToken.None);
        var built = EmbeddedIndex.Of(build);

        Assert.Equal(build.Passages.Select(p => p.Passage.Id), loaded.Passages.Select(p => p.Id));
        foreach (var query in Queries(build))
        {
            var want = built.Search(query, HybridQuery.RankConstant);
            var got = loaded.Search(query, HybridQuery.RankConstant);
            Assert.Equal(want.Select(h => (h.Passage.Id, h.Score, h.DenseRank, h.SparseRank)), got.Select(h => (h.Passage.Id, h.Score, h.DenseRank, h.SparseRank)));
        }
    }

    [Fact]
    public async Task LoadAsync_QueryIsAPassagesOwnVector_ThatPassageRanksFirst()
    {
        var build = Generation();
        await WriteAsync(build);

        var loaded = await EmbeddedIndexFile.LoadAsync(_directory.Path, Version, CancellationToken.None);

        foreach (var target in new[] { 4, 150, build.Passages.Count - 1 })
        {
            var hits = loaded.Search(Query(build.Passages[target].Dense, Terms(build.Passages[target].Sparse.Indices)), HybridQuery.RankConstant);
            Assert.Equal((build.Passages[target].Passage.Id, 1, 1), (hits[0].Passage.Id, hits[0].DenseRank, hits[0].SparseRank));
        }
    }

    [Fact]
    public async Task LoadAsync_PassagesOfOneArticle_ShareOneCopyOfItsIdTitleAndLanguage()
    {
        var build = Generation();
        await WriteAsync(build);

        var loaded = await EmbeddedIndexFile.LoadAsync(_directory.Path, Version, CancellationToken.None);

        var (first, second) = (loaded.Passages[10], loaded.Passages[11]);
        Assert.Equal(("bulk-en", "bulk-en"), (first.SourceId, second.SourceId));
        Assert.Same(first.SourceId, second.SourceId);
        Assert.Same(first.Title, second.Title);
        Assert.Same(first.Language, second.Language);
        Assert.NotEqual(first.Text, second.Text);
    }

    [Fact]
    public async Task LoadAsync_TruncatedGeneration_RefusedWithOneLine()
    {
        await WriteAsync(Generation());
        var path = EmbeddedIndexFile.PathOf(_directory.Path, Version);
        var bytes = await File.ReadAllBytesAsync(path);
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length - 100)]);

        var damaged = await Assert.ThrowsAsync<DamagedFileException>(() => EmbeddedIndexFile.LoadAsync(_directory.Path, Version, CancellationToken.None));

        Assert.Equal($"gen-{Version}.bin: truncated ({bytes.Length - 100 - ChecksummedFile.HeaderSize} of {bytes.Length - ChecksummedFile.HeaderSize} bytes)", damaged.Message);
    }

    [Fact]
    public async Task LoadAsync_FileOfAnotherGeneration_RefusedWithOneLine()
    {
        await WriteAsync(Generation());
        File.Move(EmbeddedIndexFile.PathOf(_directory.Path, Version), EmbeddedIndexFile.PathOf(_directory.Path, "20250924T100000000"));

        var damaged = await Assert.ThrowsAsync<DamagedFileException>(() => EmbeddedIndexFile.LoadAsync(_directory.Path, "20250924T100000000", CancellationToken.None));

        Assert.Equal($"gen-20250924T100000000.bin: holds generation {Version}, not 20250924T100000000", damaged.Message);
    }

    public void Dispose() => _directory.Dispose();

    // The contract passages (figures, two languages, no date) and enough bulk ones that the file spans many buffers.
    private static IndexBuild Generation() => new(Version, [.. All, .. Bulk(Version, 300, "bulk-en").Passages], Dimensions);

    private static IEnumerable<HybridQuery> Queries(IndexBuild build)
    {
        yield return Query(Axis(0), Terms(SharedTerm));
        yield return Query(Axis(2), Terms(SharedTerm, 5), new PassageFilter(DealBot.Core.Documents.Languages.Chinese));
        yield return Query(Orthogonal(), Terms(OracleTerm));
        yield return Query(build.Passages[37].Dense, Terms(1010, 1020, SharedTerm), limit: 20);
    }

    private Task WriteAsync(IndexBuild build) =>
        EmbeddedIndexFile.WriteAsync(EmbeddedIndexFile.PathOf(_directory.Path, build.Version), build, CancellationToken.None);
}
