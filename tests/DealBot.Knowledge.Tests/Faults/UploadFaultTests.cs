using DealBot.Core.Ingestion;
using DealBot.Knowledge.Tests.Ingestion;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// Uploads wait in staging and enter the folder only once they have been read and validated: a refused upload never
/// touches the folder, so a broken edit can never overwrite the good version of an article.
/// </summary>
public sealed class UploadFaultTests : IDisposable
{
    private readonly FaultKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    private string Staging => Path.Combine(_kb.Folder, ".staging");

    private static IncomingFile Upload(string name, string content) => new(name, FaultKnowledge.Utf8(content));

    [Theory]
    [InlineData("unclosed.md", "never closed")]
    [InlineData("deep-quotes.md", "nested too deeply")]
    [InlineData("case-keys.md", "more than once")]
    [InlineData("headings.md", "none of its text can be indexed")]
    public async Task RefreshAsync_BrokenUploadReplacingAnArticle_NeverOverwritesTheGoodFile(string badFile, string expected)
    {
        await _kb.BaselineAsync();
        var good = File.ReadAllBytes(_kb.PathOf("alpha-en.md"));
        BadFiles.Create(_kb, badFile);
        var bad = File.ReadAllText(_kb.PathOf(badFile));
        File.Delete(_kb.PathOf(badFile));

        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [Upload("alpha-en.md", bad)]));

        var reason = FaultKnowledge.SingleReason(report, "alpha-en.md");
        Assert.Contains(expected, reason, StringComparison.Ordinal);
        Assert.Contains("last good version keeps answering", reason, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(_kb.PathOf("alpha-en.md")));
        Assert.False(Directory.Exists(Staging));
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_UploadWithAnIdAlreadyInUse_IsNotSaved()
    {
        await _kb.BaselineAsync();

        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [Upload("alpha-en copy.md", File.ReadAllText(_kb.PathOf("alpha-en.md")))]));

        Assert.Contains("already used by alpha-en.md", FaultKnowledge.SingleReason(report, "alpha-en copy.md"), StringComparison.Ordinal);
        Assert.False(File.Exists(_kb.PathOf("alpha-en copy.md")));
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_UploadOfHtmlWithTooManyElements_IsRefusedAndNotSaved()
    {
        await _kb.BaselineAsync();

        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [Upload("saved-page.html", BadFiles.CrowdedHtml())]));

        Assert.Contains("more than 60,000 elements", FaultKnowledge.SingleReason(report, "saved-page.html"), StringComparison.Ordinal);
        Assert.False(File.Exists(_kb.PathOf("saved-page.html")));
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_GoodUpload_IsMovedIntoTheFolderAndStagingIsEmptied()
    {
        await _kb.BaselineAsync();

        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [Upload("delta-en.md", SyncFixture.Markdown("delta-en", "Delta", "en", "Delta says the vortiglade clause lets Nvidia invest in tranches as each gigawatt is deployed."))]));

        Assert.Empty(report.Failed);
        Assert.Equal(1, report.Added);
        Assert.True(File.Exists(_kb.PathOf("delta-en.md")));
        Assert.False(Directory.Exists(Staging));
        Assert.Contains(await _kb.Kb.SearchAsync("vortiglade"), h => h.Passage.SourceId == "delta-en");
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_StagingDebrisOfARefreshThatDied_IsNeitherIndexedNorKept()
    {
        await _kb.BaselineAsync();
        Directory.CreateDirectory(Staging);
        File.WriteAllText(Path.Combine(Staging, "half-checked.md"), SyncFixture.Markdown("half-checked", "Half", "en", "An upload the previous refresh never finished checking mentions the quillomatic clause."));

        var report = await _kb.Host.RefreshAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(0, report.Added);
        Assert.False(Directory.Exists(Staging));
        Assert.False(File.Exists(_kb.PathOf("half-checked.md")));
        Assert.DoesNotContain(await _kb.Kb.SearchAsync("quillomatic"), h => h.Passage.SourceId == "half-checked");
    }

    [Fact]
    public async Task RefreshAsync_EmptyUpload_IsRefusedWithAReason()
    {
        await _kb.BaselineAsync();

        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [new IncomingFile("blank.md", ReadOnlyMemory<byte>.Empty)]));

        Assert.Equal("the file is empty", FaultKnowledge.SingleReason(report, "blank.md"));
        Assert.False(File.Exists(_kb.PathOf("blank.md")));
        await _kb.AssertAlphaStillAnswersAsync();
    }
}
