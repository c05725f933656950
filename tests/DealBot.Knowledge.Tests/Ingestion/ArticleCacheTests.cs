using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedded;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>
/// The article cache through the real composition, over a copy of the real knowledge base (bilingual, with a glossary
/// whose Chinese names are rewritten for the dense model): whatever the cache holds, the index a refresh publishes is
/// the one a refresh without any cache builds from the same files.
/// </summary>
public sealed class ArticleCacheTests : IDisposable
{
    private const string ChangedArticle = "market-reaction-en.md";

    private readonly TempDirectory _root = new();

    public ArticleCacheTests()
    {
        Directory.CreateDirectory(Knowledge);
        foreach (var file in Directory.EnumerateFiles(TestPaths.KnowledgeDirectory))
        {
            File.Copy(file, Path.Combine(Knowledge, Path.GetFileName(file)));
        }
    }

    private string Knowledge => _root.Combine("knowledge");

    public void Dispose() => _root.Dispose();

    [Fact]
    public async Task RefreshAsync_OneArticleChangedWithTheOthersCached_PublishesTheIndexBuiltWithoutCache()
    {
        using var host = Host("cached");
        await host.RefreshAsync();
        AppendParagraph(ChangedArticle);

        var report = await host.RefreshAsync();

        Assert.Equal(1, report.Updated);
        await AssertSameIndexAsync(host, await FreshIndexAsync());
    }

    [Fact]
    public async Task RefreshAsync_OneArticleChanged_RewritesOnlyThatArticlesCacheAndDropsItsOldOne()
    {
        using var host = Host("cached");
        await host.RefreshAsync();
        var directory = host.Paths.ArticleCacheDirectory;
        var before = Directory.GetFiles(directory).ToDictionary(f => f, File.ReadAllBytes);
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in before.Keys)
        {
            File.SetLastWriteTimeUtc(file, past);
        }

        AppendParagraph(ChangedArticle);
        await host.RefreshAsync();

        var after = Directory.GetFiles(directory);
        Assert.Equal(before.Count, after.Length);
        var kept = after.Where(before.ContainsKey).ToList();
        Assert.Equal(before.Count - 1, kept.Count);
        Assert.All(kept, f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
        Assert.Single(after.Except(kept));
    }

    [Fact]
    public async Task RefreshAsync_CacheFilesDamagedOrSwapped_AreIgnoredAndRewritten()
    {
        using var host = Host("cached");
        await host.RefreshAsync();
        var files = Directory.GetFiles(host.Paths.ArticleCacheDirectory).Order(StringComparer.Ordinal).ToList();
        var first = File.ReadAllBytes(files[0]);
        var flipped = File.ReadAllBytes(files[1]);
        flipped[^5] ^= 0x5a;
        File.WriteAllBytes(files[1], flipped);
        File.WriteAllBytes(files[2], File.ReadAllBytes(files[2])[..40]);
        File.WriteAllBytes(files[3], first);
        File.WriteAllText(files[4], "not a cached article");

        // Without its state the next refresh reads every file again and builds the index anew.
        File.Delete(host.Paths.StateFile);
        var report = await host.RefreshAsync();

        Assert.Empty(report.Failed);
        Assert.True(report.Published);
        await AssertSameIndexAsync(host, await FreshIndexAsync());
        Assert.Equal(files, Directory.GetFiles(host.Paths.ArticleCacheDirectory).Order(StringComparer.Ordinal));
        Assert.All(files.Skip(1).Take(4), f => Assert.NotEqual(first, File.ReadAllBytes(f)));

        // Rewritten whole: the refresh after is served by every one of them.
        var past = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        files.ForEach(f => File.SetLastWriteTimeUtc(f, past));
        File.Delete(host.Paths.StateFile);
        await host.RefreshAsync();
        Assert.All(files, f => Assert.Equal(past, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public async Task RefreshAsync_GlossaryChanged_PreparesEveryArticleAgain()
    {
        using var host = Host("cached");
        await host.RefreshAsync();
        var before = (await ReadLiveAsync(host)).Passages.ToDictionary(p => p.Passage.Id);

        // Oracle's display name becomes its ticker: 甲骨文 in the Chinese articles is now embedded as "ORCL".
        var glossary = Path.Combine(Knowledge, "glossary.yaml");
        File.WriteAllText(glossary, File.ReadAllText(glossary).Replace("en: [ \"Oracle\", \"ORCL\" ]", "en: [ \"ORCL\", \"Oracle\" ]", StringComparison.Ordinal));
        var report = await host.RefreshAsync();

        Assert.True(report.Published, report.Blocked);
        var fresh = await FreshIndexAsync();
        await AssertSameIndexAsync(host, fresh);
        Assert.Contains(fresh.Passages, p => p.Passage.Text.Contains("甲骨文", StringComparison.Ordinal) && !p.Dense.SequenceEqual(before[p.Passage.Id].Dense));
    }

    private KnowledgeHost Host(string data) => new(Knowledge, _root.Combine(data), new HashEmbedder());

    private void AppendParagraph(string name) =>
        File.AppendAllText(Path.Combine(Knowledge, name), "\nA later note: several analysts described the market's reaction to the agreement as measured rather than euphoric, and volumes stayed near their monthly average.\n");

    // The same folder refreshed into a data directory of its own: no article cache, no embedding cache.
    private async Task<IndexBuild> FreshIndexAsync()
    {
        using var host = Host("fresh-" + Guid.NewGuid().ToString("N"));
        var report = await host.RefreshAsync();
        Assert.True(report.Published, report.Blocked);
        return await ReadLiveAsync(host);
    }

    private static async Task<IndexBuild> ReadLiveAsync(KnowledgeHost host)
    {
        var status = await host.Store.GetStatusAsync();
        return await EmbeddedIndexFile.ReadAsync(host.Paths.IndexDirectory, status.Version!, CancellationToken.None);
    }

    private static async Task AssertSameIndexAsync(KnowledgeHost host, IndexBuild expected)
    {
        var actual = await ReadLiveAsync(host);
        Assert.Equal(expected.Passages.Count, actual.Passages.Count);
        for (var i = 0; i < expected.Passages.Count; i++)
        {
            var (want, got) = (expected.Passages[i], actual.Passages[i]);
            Assert.Equal(want.Passage with { Figures = [] }, got.Passage with { Figures = [] });
            Assert.Equal(want.Passage.Figures, got.Passage.Figures);
            Assert.Equal(want.Dense, got.Dense);
            Assert.Equal(want.Sparse.Indices, got.Sparse.Indices);
            Assert.Equal(want.Sparse.Values, got.Sparse.Values);
        }
    }
}
