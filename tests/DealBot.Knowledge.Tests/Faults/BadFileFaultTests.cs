using DealBot.Knowledge.Tests.Ingestion;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// A bad file in the knowledge folder is refused on its own, with a one-line reason naming it; the refresh goes on, and
/// the knowledge base keeps answering from the good articles.
/// </summary>
public sealed class BadFileFaultTests : IDisposable
{
    private readonly FaultKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    [Theory]
    [InlineData("crowded.html", "the page has more than 60,000 elements")]
    [InlineData("deep-quotes.md", "nested too deeply")]
    [InlineData("case-keys.md", "gives 'title' more than once ('Title', 'title')")]
    [InlineData("twice.md", "front matter is not valid YAML")]
    [InlineData("huge.md", "larger than the limit of 1953 KB")]
    [InlineData("empty.md", "the file is empty")]
    [InlineData("latin1.txt", "not UTF-8")]
    [InlineData("unclosed.md", "never closed")]
    [InlineData("bad-yaml.md", "front matter is not valid YAML")]
    [InlineData("bad-date.md", "'published' is not a date")]
    [InlineData("headings.md", "none of its text can be indexed")]
    [InlineData("scripts.html", "no readable text")]
    [InlineData("slides.pdf", "unsupported file type '.pdf'")]
    [InlineData("outside.md", "link to a file outside the knowledge directory")]
    [InlineData("etc-passwd.txt", "link to a file outside the knowledge directory")]
    [InlineData("dangling.md", "a link to nothing")]
    [InlineData("loop.md", "symbolic links form a loop")]
    public async Task RefreshAsync_BadFileInTheFolder_IsRefusedAloneAndTheRestStillAnswers(string file, string expected)
    {
        await _kb.BaselineAsync();
        BadFiles.Create(_kb, file);

        var report = await _kb.Host.RefreshAsync();

        Assert.Contains(expected, FaultKnowledge.SingleReason(report, file), StringComparison.Ordinal);
        Assert.Equal((0, 0, 3, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        Assert.Null(report.Blocked);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Theory]
    [InlineData("deep-quotes.md", "nested too deeply")]
    [InlineData("case-keys.md", "more than once")]
    [InlineData("huge.md", "larger than the limit")]
    [InlineData("empty.md", "the file is empty")]
    [InlineData("unclosed.md", "never closed")]
    [InlineData("headings.md", "none of its text can be indexed")]
    public async Task RefreshAsync_GoodArticleEditedIntoABadFile_KeepsItsLastGoodVersionAnswering(string badFile, string expected)
    {
        await _kb.BaselineAsync();
        BadFiles.Create(_kb, badFile);
        File.Move(_kb.PathOf(badFile), _kb.PathOf("alpha-en.md"), overwrite: true);

        var report = await _kb.Host.RefreshAsync();

        var reason = FaultKnowledge.SingleReason(report, "alpha-en.md");
        Assert.Contains(expected, reason, StringComparison.Ordinal);
        Assert.EndsWith("(its last good version keeps answering)", reason, StringComparison.Ordinal);
        Assert.Equal((0, 0, 2), (report.Added, report.Updated, report.Unchanged));
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_AFigureTooLargeForDecimal_NeverStopsTheRefresh()
    {
        await _kb.BaselineAsync();
        _kb.Write("overflow.md", BadFiles.Article("overflow", "据报道，这项计划的规模被夸大为一亿亿亿亿美元，这显然不是真实数字，但文章照样写了出来。"));

        var report = await _kb.Host.RefreshAsync();

        // Either the number is read safely (and the article added) or the file is refused with the overflow named.
        if (report.Failed.Any(f => f.File == "overflow.md"))
        {
            Assert.Contains("a number in it is too large to read", FaultKnowledge.SingleReason(report, "overflow.md"), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(1, report.Added);
        }

        Assert.Equal(3, report.Unchanged);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_PageNested100000Deep_IsFlattenedAndItsStoryPublished()
    {
        await _kb.BaselineAsync();
        BadFiles.Create(_kb, "deep.html");

        var report = await _kb.Host.RefreshAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(1, report.Added);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("deep.html", warning.File);
        Assert.StartsWith("no published date found", warning.Message, StringComparison.Ordinal);
        Assert.Contains(await _kb.Kb.SearchAsync("partnership described at some length"), h => h.Passage.Text.Contains(BadFiles.Sentence, StringComparison.Ordinal));
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_SeveralBadFilesAtOnce_EachIsNamedAndTheGoodNewOneIsAdded()
    {
        await _kb.BaselineAsync();
        BadFiles.Create(_kb, "crowded.html");
        BadFiles.Create(_kb, "huge.md");
        BadFiles.Create(_kb, "case-keys.md");
        _kb.Write("delta-en.md", SyncFixture.Markdown("delta-en", "Delta", "en", "Delta says the vortiglade clause lets Nvidia invest in tranches as each gigawatt is deployed."));

        var report = await _kb.Host.RefreshAsync();

        Assert.Equal(["case-keys.md", "crowded.html", "huge.md"], report.Failed.Select(f => f.File).Order(StringComparer.Ordinal));
        Assert.All(report.Failed, f => FaultKnowledge.AssertOneLine(f.Reason));
        Assert.Equal(1, report.Added);
        Assert.Contains(await _kb.Kb.SearchAsync("vortiglade"), h => h.Passage.SourceId == "delta-en");
        await _kb.AssertAlphaStillAnswersAsync();
    }
}
