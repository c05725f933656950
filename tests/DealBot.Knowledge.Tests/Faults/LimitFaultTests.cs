using DealBot.Knowledge.Loading;
using DealBot.Knowledge.Tests.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// The limits every file is held to, in the folder or uploaded: a time limit (driven by a fake clock here, so the test
/// never races one), a size limit, links that stay inside the folder; and faults nobody foresaw, which are isolated.
/// </summary>
public sealed class LimitFaultTests : IDisposable
{
    private readonly FaultKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public async Task RefreshAsync_FileThatNeverFinishesLoading_IsRefusedAtTheTimeLimitAndTheRefreshCompletes()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 10, 1, 8, 0, 0, TimeSpan.Zero));
        var stuck = new StuckLoader();
        using var host = _kb.Kb.NewHost(configure: s => s.AddSingleton<TimeProvider>(clock).AddSingleton<IDocumentLoader>(stuck));
        await _kb.BaselineAsync(host);
        clock.Advance(TimeSpan.FromSeconds(1));
        _kb.Write("stuck.slow", BadFiles.Sentence);
        _kb.Write("delta-en.md", SyncFixture.Markdown("delta-en", "Delta", "en", "Delta says the vortiglade clause lets Nvidia invest in tranches as each gigawatt is deployed."));

        var refresh = host.RefreshAsync();
        await stuck.Entered;
        clock.Advance(TimeSpan.FromSeconds(5));
        var report = await refresh;
        stuck.Release();

        Assert.StartsWith("reading it took longer than the limit of 5 s (Knowledge:MaxFileReadTime)", FaultKnowledge.SingleReason(report, "stuck.slow"), StringComparison.Ordinal);
        Assert.Equal(1, report.Added);
        Assert.False(host.Refresher.IsRefreshing);
        Assert.Contains(await _kb.Kb.SearchAsync("vortiglade", host), h => h.Passage.SourceId == "delta-en");
        await _kb.AssertAlphaStillAnswersAsync(host);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("01:00:00")]
    public void Options_TimeLimitOutOfRange_AreRefusedOnStart(string limit)
    {
        using var host = _kb.Kb.NewHost(settings: new Dictionary<string, string?> { ["Knowledge:MaxFileReadTime"] = limit });

        var error = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<KnowledgeOptions>>().Value);

        Assert.Contains("MaxFileReadTime", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("InvalidOperationException", "it could not be read: the parser lost its place (InvalidOperationException)")]
    [InlineData("OverflowException", "a number in it is too large to read")]
    [InlineData("InsufficientExecutionStackException", "it is nested too deeply to read")]
    [InlineData("UnauthorizedAccessException", "it cannot be read (permission denied)")]
    public async Task RefreshAsync_LoaderFailsInAnUnforeseenWay_OnlyThatFileIsRefused(string type, string expected)
    {
        Exception Fault() => type switch
        {
            "OverflowException" => new OverflowException("Value was either too large or too small for a Decimal."),
            "InsufficientExecutionStackException" => new InsufficientExecutionStackException(),
            "UnauthorizedAccessException" => new UnauthorizedAccessException("Access to the path is denied."),
            _ => new InvalidOperationException("the parser\nlost its place"),
        };
        using var host = _kb.Kb.NewHost(configure: s => s.AddSingleton<IDocumentLoader>(new ThrowingLoader(Fault)));
        await _kb.BaselineAsync(host);
        _kb.Write("odd.boom", BadFiles.Sentence);

        var report = await host.RefreshAsync();

        Assert.Equal(expected, FaultKnowledge.SingleReason(report, "odd.boom"));
        Assert.Equal(3, report.Unchanged);
        await _kb.AssertAlphaStillAnswersAsync(host);
    }

    [SkippableFact]
    public async Task RefreshAsync_FileWithoutReadPermission_IsRefusedAlone()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix permissions");
        await _kb.BaselineAsync();
        _kb.Write("locked.md", SyncFixture.Markdown("locked", "Locked", "en", BadFiles.Sentence));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_kb.PathOf("locked.md"), UnixFileMode.None);
        }

        Skip.If(CanRead(_kb.PathOf("locked.md")), "this user reads files whatever their permissions (root)");

        var report = await _kb.Host.RefreshAsync();

        Assert.Equal("it cannot be read (permission denied)", FaultKnowledge.SingleReason(report, "locked.md"));
        Assert.Equal(3, report.Unchanged);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_LinkThatStaysInsideTheFolder_IsRead()
    {
        await _kb.BaselineAsync();
        Directory.CreateDirectory(_kb.PathOf(".drafts"));
        File.WriteAllText(_kb.PathOf(".drafts/delta.md"), SyncFixture.Markdown("delta-en", "Delta", "en", "Delta says the vortiglade clause lets Nvidia invest in tranches as each gigawatt is deployed."));
        File.CreateSymbolicLink(_kb.PathOf("delta-en.md"), Path.Combine(".drafts", "delta.md"));

        var report = await _kb.Host.RefreshAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(1, report.Added);
        Assert.Contains(await _kb.Kb.SearchAsync("vortiglade"), h => h.Passage.SourceId == "delta-en");
    }

    [Fact]
    public async Task RefreshAsync_ArticleWithoutAPublishedDate_IsAcceptedWithAWarning()
    {
        await _kb.BaselineAsync();
        _kb.Write("undated.md", "---\nid: undated\ntitle: Undated\nlanguage: en\n---\n\nAn undated note says the vortiglade clause lets Nvidia invest in tranches.\n");

        var report = await _kb.Host.RefreshAsync();

        Assert.Empty(report.Failed);
        Assert.Equal(1, report.Added);
        var warning = Assert.Single(report.Warnings);
        Assert.Equal("undated.md", warning.File);
        Assert.StartsWith("no published date found", warning.Message, StringComparison.Ordinal);
        FaultKnowledge.AssertOneLine(warning.Message);
        Assert.Contains(await _kb.Kb.SearchAsync("vortiglade"), h => h.Passage.SourceId == "undated");
    }

    [Fact]
    public async Task RefreshAsync_SizeLimitLoweredBelowAnIndexedFile_RefusesItAndKeepsItsLastGoodVersion()
    {
        await _kb.BaselineAsync();
        _kb.Write("alpha-en.md", SyncFixture.Alpha(FaultKnowledge.AlphaTitle, " " + string.Concat(Enumerable.Repeat("More on the deal follows here. ", 80))));
        using var strict = _kb.Kb.NewHost(settings: new Dictionary<string, string?> { ["Knowledge:MaxFileBytes"] = "2048" });

        var report = await strict.RefreshAsync();

        var reason = FaultKnowledge.SingleReason(report, "alpha-en.md");
        Assert.StartsWith("the file is larger than the limit of 2 KB (Knowledge:MaxFileBytes)", reason, StringComparison.Ordinal);
        await _kb.AssertAlphaStillAnswersAsync(strict);
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
