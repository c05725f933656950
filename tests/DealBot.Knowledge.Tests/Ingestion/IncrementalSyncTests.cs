using DealBot.Core.Ingestion;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>Incremental sync through the real composition (AddKnowledge) with a counting embedder.</summary>
public sealed class IncrementalSyncTests : IDisposable
{
    private readonly SyncFixture _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public async Task RefreshAsync_FirstRun_AddsEveryArticleAndEmbedsEachPassageOnce()
    {
        var expected = new[] { "alpha-en.md", "beta-en.md", "gamma-zh.md" }.Sum(f => _kb.DraftsOf(f).Count);

        var report = await _kb.Host.RefreshAsync();

        Assert.Equal((3, 0, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        Assert.Empty(report.Failed);
        Assert.True(report.Published);
        Assert.Equal(expected, report.PassageCount);
        Assert.Equal(expected, report.PassagesEmbedded);
        Assert.Equal(expected, _kb.Embedder.Count);
        var status = await _kb.Host.Store.GetStatusAsync();
        Assert.True(status.Ready);
        Assert.Equal(expected, status.PassageCount);
    }

    [Fact]
    public async Task RefreshAsync_SecondRunNothingChanged_ReportsAllUnchangedAndEmbedsNothing()
    {
        await _kb.Host.RefreshAsync();
        var embeddedBefore = _kb.Embedder.Count;
        var versionBefore = (await _kb.Host.Store.GetStatusAsync()).Version;

        var report = await _kb.Host.RefreshAsync();

        Assert.Equal((0, 0, 3, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        Assert.Empty(report.Failed);
        Assert.Equal(0, report.PassagesEmbedded);
        Assert.Equal(embeddedBefore, _kb.Embedder.Count);
        Assert.False(report.Published);
        Assert.Equal(versionBefore, (await _kb.Host.Store.GetStatusAsync()).Version);
        Assert.Single(Directory.GetFiles(_kb.IndexDirectory, "gen-*.bin"));
    }

    [Fact]
    public async Task RefreshAsync_NewProcessOverTheSameDataNothingChanged_EmbedsNothing()
    {
        await _kb.Host.RefreshAsync();
        var restarted = new HashEmbedder();
        using var host = _kb.NewHost(restarted);

        var report = await host.RefreshAsync();

        Assert.Equal((0, 0, 3, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        Assert.Equal(0, restarted.Count);
        Assert.False(report.Published);
        Assert.NotEmpty(await _kb.SearchAsync(SyncFixture.AlphaWord, host));
    }

    [Fact]
    public async Task RefreshAsync_OneFileEdited_ReembedsOnlyThatFilesPassages()
    {
        await _kb.Host.RefreshAsync();
        var versionBefore = (await _kb.Host.Store.GetStatusAsync()).Version;
        // A new title changes the embedding input of every passage of the file (title + text), and of no other file.
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: the letter of intent, revised", " The deal was announced on September 22, 2025."));
        var expected = _kb.DraftsOf("alpha-en.md");
        var embeddedBefore = _kb.Embedder.Count;

        var report = await _kb.Host.RefreshAsync();

        Assert.Equal((0, 1, 2, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        Assert.Equal(expected.Count, report.PassagesEmbedded);
        var embedded = _kb.Embedder.Texts.Skip(embeddedBefore).ToList();
        Assert.Equal(expected.Select(d => d.EmbeddingInput).Order(StringComparer.Ordinal), embedded.Order(StringComparer.Ordinal));
        Assert.True(report.Published);
        Assert.NotEqual(versionBefore, (await _kb.Host.Store.GetStatusAsync()).Version);
        var hits = await _kb.SearchAsync(SyncFixture.AlphaWord);
        Assert.All(hits.Where(h => h.Passage.SourceId == "alpha-en"), h => Assert.Equal("Alpha: the letter of intent, revised", h.Passage.Title));
        Assert.Contains(hits, h => h.Passage.Text.Contains("September 22, 2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefreshAsync_OneParagraphEdited_ReembedsOnlyTheChangedPassage()
    {
        await _kb.Host.RefreshAsync();
        var before = _kb.DraftsOf("alpha-en.md").Select(d => d.EmbeddingInput).ToHashSet();
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: the letter of intent", " The first phase is planned for the second half of 2026."));
        var changed = _kb.DraftsOf("alpha-en.md").Where(d => !before.Contains(d.EmbeddingInput)).ToList();
        var embeddedBefore = _kb.Embedder.Count;

        var report = await _kb.Host.RefreshAsync();

        Assert.Equal(1, report.Updated);
        Assert.NotEmpty(changed);
        Assert.Equal(changed.Count, report.PassagesEmbedded);
        Assert.Equal(changed.Select(d => d.EmbeddingInput), _kb.Embedder.Texts.Skip(embeddedBefore));
    }

    [Fact]
    public async Task RefreshAsync_OneFileDeleted_RemovesItsPassages()
    {
        await _kb.Host.RefreshAsync();
        Assert.Contains(await _kb.SearchAsync(SyncFixture.BetaWord), h => h.Passage.SourceId == "beta-en");
        _kb.Delete("beta-en.md");

        var report = await _kb.Host.RefreshAsync();

        Assert.Equal((0, 0, 2, 1), (report.Added, report.Updated, report.Unchanged, report.Removed));
        Assert.Equal(0, report.PassagesEmbedded);
        Assert.True(report.Published);
        Assert.DoesNotContain(await _kb.SearchAsync(SyncFixture.BetaWord), h => h.Passage.SourceId == "beta-en");
        Assert.DoesNotContain(await _kb.SearchAsync("Oracle share price"), h => h.Passage.SourceId == "beta-en");
    }

    [Theory]
    [InlineData("slides.pdf")]
    [InlineData("memo.docx")]
    public async Task RefreshAsync_UnsupportedFile_IsReportedAndTheRestLand(string name)
    {
        File.WriteAllBytes(Path.Combine(_kb.KnowledgeDirectory, name), [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);

        var report = await _kb.Host.RefreshAsync();

        var failure = Assert.Single(report.Failed);
        Assert.Equal(name, failure.File);
        Assert.Contains("unsupported file type", failure.Reason, StringComparison.Ordinal);
        Assert.Contains(Path.GetExtension(name), failure.Reason, StringComparison.Ordinal);
        Assert.Equal(3, report.Added);
        Assert.NotEmpty(await _kb.SearchAsync(SyncFixture.GammaWord));
    }

    [Fact]
    public async Task RefreshAsync_FileBecomesBroken_IsReportedAndItsLastGoodPassagesStillAnswer()
    {
        await _kb.Host.RefreshAsync();
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha").Replace("published: 2025-09-23", "published: someday", StringComparison.Ordinal));

        var report = await _kb.Host.RefreshAsync();

        var failure = Assert.Single(report.Failed);
        Assert.Equal("alpha-en.md", failure.File);
        Assert.Contains("published", failure.Reason, StringComparison.Ordinal);
        Assert.Equal((0, 0, 2, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        var hits = await _kb.SearchAsync(SyncFixture.AlphaWord);
        Assert.Contains(hits, h => h.Passage.SourceId == "alpha-en" && h.Passage.Title == "Alpha: the letter of intent");
    }

    [Fact]
    public async Task RefreshAsync_BrokenFileFixed_IsUpdated()
    {
        await _kb.Host.RefreshAsync();
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha").Replace("published: 2025-09-23", "published: someday", StringComparison.Ordinal));
        await _kb.Host.RefreshAsync();
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: fixed"));

        var report = await _kb.Host.RefreshAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(1, report.Updated);
        Assert.Contains(await _kb.SearchAsync(SyncFixture.AlphaWord), h => h.Passage.Title == "Alpha: fixed");
    }

    [Fact]
    public async Task RefreshAsync_NewFileReusingAnId_IsReportedAndTheFirstKeepsIt()
    {
        _kb.Write("zz-copy.md", SyncFixture.Markdown("alpha-en", "A copy", "en", "A second article that declares the id of the first one, by mistake."));

        var report = await _kb.Host.RefreshAsync();

        var failure = Assert.Single(report.Failed);
        Assert.Equal("zz-copy.md", failure.File);
        Assert.Contains("alpha-en", failure.Reason, StringComparison.Ordinal);
        Assert.Equal(3, report.Added);
        Assert.DoesNotContain(await _kb.SearchAsync("declares the id"), h => h.Passage.Title == "A copy");
    }

    [Fact]
    public async Task RefreshAsync_CalledWhileAnotherRuns_ReturnsAlreadyRunning()
    {
        _kb.Embedder.Hold();
        var first = _kb.Host.RefreshAsync();
        await _kb.Embedder.Entered;

        var second = await _kb.Host.RefreshAsync();

        Assert.True(second.AlreadyRunning);
        Assert.Equal(0, second.Added);
        Assert.True(_kb.Host.Refresher.IsRefreshing);
        _kb.Embedder.Release();
        var report = await first;
        Assert.False(report.AlreadyRunning);
        Assert.Equal(3, report.Added);
        Assert.False(_kb.Host.Refresher.IsRefreshing);
    }

    [Fact]
    public async Task RefreshAsync_AnotherProcessRefreshingTheSameData_ReturnsAlreadyRunning()
    {
        _kb.Embedder.Hold();
        var first = _kb.Host.RefreshAsync();
        await _kb.Embedder.Entered;
        using var otherProcess = _kb.NewHost(new HashEmbedder());

        var second = await otherProcess.RefreshAsync();

        Assert.True(second.AlreadyRunning);
        _kb.Embedder.Release();
        Assert.False((await first).AlreadyRunning);
        Assert.False((await otherProcess.RefreshAsync()).AlreadyRunning);
    }

    [Fact]
    public async Task SearchAsync_DuringARefresh_AnswersFromThePreviousIndex()
    {
        await _kb.Host.RefreshAsync();
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: being replaced"));
        // Hold the refresh's passage embeddings ("title\ntext"), not the question's.
        _kb.Embedder.Hold(texts => texts.Any(t => t.Contains('\n', StringComparison.Ordinal)));
        var refresh = _kb.Host.RefreshAsync();
        await _kb.Embedder.Entered;

        var during = await _kb.SearchAsync(SyncFixture.AlphaWord);
        var statusDuring = await _kb.Host.Store.GetStatusAsync();
        _kb.Embedder.Release();
        await refresh;

        Assert.True(statusDuring.Ready);
        Assert.Contains(during, h => h.Passage.Title == "Alpha: the letter of intent");
        Assert.DoesNotContain(during, h => h.Passage.Title == "Alpha: being replaced");
        Assert.Contains(await _kb.SearchAsync(SyncFixture.AlphaWord), h => h.Passage.Title == "Alpha: being replaced");
    }

    [Fact]
    public async Task RollbackAsync_AfterAnEdit_ServesThePreviousGenerationAndTheNextRefreshRebuilds()
    {
        await _kb.Host.RefreshAsync();
        var first = (await _kb.Host.Store.GetStatusAsync()).Version;
        _kb.Write("alpha-en.md", SyncFixture.Alpha("Alpha: second edition"));
        await _kb.Host.RefreshAsync();

        var rolledBack = await _kb.Host.Refresher.RollbackAsync();

        Assert.True(rolledBack);
        Assert.Equal(first, (await _kb.Host.Store.GetStatusAsync()).Version);
        Assert.Contains(await _kb.SearchAsync(SyncFixture.AlphaWord), h => h.Passage.Title == "Alpha: the letter of intent");
        var next = await _kb.Host.RefreshAsync();
        Assert.True(next.Published);
        Assert.Contains(await _kb.SearchAsync(SyncFixture.AlphaWord), h => h.Passage.Title == "Alpha: second edition");
    }

    [Fact]
    public async Task RollbackAsync_OnlyOneGeneration_ReturnsFalse()
    {
        await _kb.Host.RefreshAsync();

        Assert.False(await _kb.Host.Refresher.RollbackAsync());
    }
}
