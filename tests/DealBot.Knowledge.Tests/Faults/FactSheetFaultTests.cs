using DealBot.Core.Facts;
using DealBot.Core.Ingestion;
using DealBot.Knowledge.Tests.Ingestion;
using DealBot.Knowledge.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// facts.yaml and glossary.yaml are checked against the articles before anything is published: a broken file publishes
/// nothing, the report says why, and the live index keeps answering with the facts and glossary it was published with.
/// </summary>
public sealed class FactSheetFaultTests : IDisposable
{
    private const string DeltaArticle = "delta-en.md";
    private const string OracleFigure = "\n  - id: oracle-share-rise\n    label: { en: \"Oracle's share price rise\", zh: \"甲骨文股价涨幅\" }\n    kind: percent\n    value: 6\n    unit: \"%\"\n    qualifier: about\n    as_of: 2025-09-23\n    sources:\n      - { article: beta-en, quote: \"Oracle's share price rose about 6%\" }\n";
    private readonly FaultKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    [Theory]
    [InlineData("facts.yaml", FaultKnowledge.FactsYaml + FaultKnowledge.UnsupportedFigure, "facts.yaml: nvidia-investment-inflated: quote not found in article 'alpha-en': \"up to US$300 billion\"")]
    [InlineData("facts.yaml", FaultKnowledge.FactsYaml + "\n  - id: nvidia-investment-total\n    label: { en: \"Again\", zh: \"再次\" }\n    kind: money\n    value: 1e9\n    unit: USD\n    qualifier: exact\n    as_of: 2025-09-23\n    sources:\n      - { article: alpha-en, quote: \"Nvidia plans to invest\" }\n", "facts.yaml: nvidia-investment-total: the fact id is used 2 times")]
    [InlineData("facts.yaml", "figures:\n  - id: broken\n    label: { en: \"x\", zh: \"y\"\n", "facts.yaml, line")]
    [InlineData("facts.yaml", FaultKnowledge.FactsYaml + "\n    qualifer: up_to\n", "unknown key 'qualifer'")]
    [InlineData("facts.yaml", "figures:\n  - id: lost\n    label: { en: \"Lost\", zh: \"丢失\" }\n    kind: money\n    value: 1e9\n    unit: USD\n    qualifier: exact\n    as_of: 2025-09-23\n    sources:\n      - { article: no-such-article, quote: \"Nvidia\" }\n", "source article 'no-such-article' does not exist")]
    [InlineData("glossary.yaml", FaultKnowledge.GlossaryYaml + "\n  - { id: nvidia, kind: company, en: [ \"NVDA\" ], zh: [ \"英伟达公司\" ] }\n", "glossary.yaml: nvidia: the glossary id is used 2 times")]
    [InlineData("glossary.yaml", "glossary:\n  - { id: nvidia, kind: company, en: [ \"Nvidia\" ]\n", "glossary.yaml, line")]
    [InlineData("glossary.yaml", "glossary:\n  - { id: nvidia, kind: chipmaker, en: [ \"Nvidia\" ], zh: [ \"英伟达\" ] }\n", "unknown kind 'chipmaker'")]
    public async Task RefreshAsync_BrokenFactsOrGlossary_PublishesNothingAndTheLiveIndexKeepsItsFacts(string file, string content, string expected)
    {
        await _kb.BaselineAsync();
        var live = await _kb.Host.Store.GetStatusAsync();
        _kb.Write(file, content);
        _kb.Write(DeltaArticle, SyncFixture.Markdown("delta-en", "Delta", "en", "Delta says the vortiglade clause lets Nvidia invest in tranches as each gigawatt is deployed."));

        var report = await _kb.Host.RefreshAsync();

        Assert.False(report.Published);
        FaultKnowledge.AssertOneLine(report.Blocked);
        Assert.Contains(expected, report.Blocked, StringComparison.Ordinal);
        Assert.Contains(report.Failed, f => f.File == file);
        Assert.Equal((0, 0, 3, 0), (report.Added, report.Updated, report.Unchanged, report.Removed));
        Assert.Equal(live.Version, (await _kb.Host.Store.GetStatusAsync()).Version);
        Assert.DoesNotContain(await _kb.Kb.SearchAsync("vortiglade"), h => h.Passage.SourceId == "delta-en");
        await FaultKnowledge.AssertBaselineFactsServedAsync(_kb.Host);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task GetFactsAsync_FactsEditedWithoutARefresh_ServesThePublishedFacts()
    {
        await _kb.BaselineAsync();
        await FaultKnowledge.AssertBaselineFactsServedAsync(_kb.Host);

        _kb.Write("facts.yaml", FaultKnowledge.FactsYaml + FaultKnowledge.UnsupportedFigure);
        _kb.Write("glossary.yaml", "glossary: [ { id: nvidia, kind: company, en: [ Nvidia ] }, { id: nvidia, kind: company, en: [ NV ] } ]\n");
        using var restarted = _kb.Kb.NewHost();

        await FaultKnowledge.AssertBaselineFactsServedAsync(_kb.Host);
        await FaultKnowledge.AssertBaselineFactsServedAsync(restarted);
    }

    [Fact]
    public async Task GetFactsAsync_IndexBuiltBeforeFactsWerePublished_LeavesOutEveryEntryThatFailsValidation()
    {
        await _kb.BaselineAsync();
        Directory.Delete(Path.Combine(_kb.Kb.DataDirectory, "facts"), recursive: true);
        _kb.Write("facts.yaml", FaultKnowledge.FactsYaml + FaultKnowledge.UnsupportedFigure);
        using var restarted = _kb.Kb.NewHost();

        await FaultKnowledge.AssertBaselineFactsServedAsync(restarted);
        await _kb.AssertAlphaStillAnswersAsync(restarted);
    }

    [Fact]
    public async Task RefreshAsync_ArticleEditRemovesAQuotedSentence_OnlyThatEditIsRefusedAndTheRestIsPublished()
    {
        await _kb.BaselineAsync();
        _kb.Write("alpha-en.md", SyncFixture.Markdown("alpha-en", "Alpha: reworded", "en", $"Nvidia may put as much as a hundred billion dollars into OpenAI; analysts call it the {SyncFixture.AlphaWord} deal."));
        _kb.Write(DeltaArticle, SyncFixture.Markdown("delta-en", "Delta", "en", "Delta says the vortiglade clause lets Nvidia invest in tranches as each gigawatt is deployed."));

        var report = await _kb.Host.RefreshAsync();

        var reason = FaultKnowledge.SingleReason(report, "alpha-en.md");
        Assert.Equal("the edit removes text that facts.yaml quotes (nvidia-investment-total: \"Nvidia plans to invest up to US$100 billion in OpenAI\"); change facts.yaml with it (its last good version keeps answering)", reason);
        Assert.True(report.Published);
        Assert.Null(report.Blocked);
        Assert.Equal((1, 0), (report.Added, report.Updated));
        Assert.Contains(await _kb.Kb.SearchAsync("vortiglade"), h => h.Passage.SourceId == "delta-en");
        await FaultKnowledge.AssertBaselineFactsServedAsync(_kb.Host);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_QuotedArticleDeleted_PublishesNothingAndTheArticleKeepsAnswering()
    {
        await _kb.BaselineAsync();
        _kb.Kb.Delete("alpha-en.md");

        var report = await _kb.Host.RefreshAsync();

        Assert.False(report.Published);
        Assert.Contains("source article 'alpha-en' does not exist", report.Blocked, StringComparison.Ordinal);
        FaultKnowledge.AssertOneLine(report.Blocked);
        Assert.Contains(await _kb.Kb.SearchAsync(SyncFixture.AlphaWord), h => h.Passage.SourceId == "alpha-en");
    }

    [Fact]
    public async Task RefreshAsync_BrokenFactsWithAGoodUpload_TheUploadIsNotAdded()
    {
        await _kb.BaselineAsync();
        _kb.Write("facts.yaml", FaultKnowledge.FactsYaml + FaultKnowledge.UnsupportedFigure);
        var upload = new IncomingFile("delta-en.md", FaultKnowledge.Utf8(SyncFixture.Markdown("delta-en", "Delta", "en", "Delta says the vortiglade clause lets Nvidia invest in tranches as each gigawatt is deployed.")));

        var report = await _kb.Host.RefreshAsync(new IngestRequest(Uploads: [upload]));

        Assert.StartsWith("not added: nothing was published, because facts.yaml: nvidia-investment-inflated", FaultKnowledge.SingleReason(report, "delta-en.md"), StringComparison.Ordinal);
        Assert.False(File.Exists(_kb.PathOf(DeltaArticle)));
        Assert.False(Directory.Exists(Path.Combine(_kb.Folder, ".staging")));
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_FactsFixedAfterABlockedRefresh_PublishesTheFixedFacts()
    {
        await _kb.BaselineAsync();
        _kb.Write("glossary.yaml", FaultKnowledge.GlossaryYaml + "\n  - { id: oracle, kind: company, en: [ \"ORCL\" ], zh: [ \"甲骨文公司\" ] }\n");
        Assert.NotNull((await _kb.Host.RefreshAsync()).Blocked);
        _kb.Write("glossary.yaml", FaultKnowledge.GlossaryYaml + "\n  - { id: broadcom, kind: company, en: [ \"Broadcom\" ], zh: [ \"博通\" ] }\n");

        var report = await _kb.Host.RefreshAsync();

        Assert.True(report.Published);
        Assert.Null(report.Blocked);
        var facts = await _kb.Host.Get<IKnowledgeCatalog>().GetFactsAsync();
        Assert.Equal(["nvidia", "oracle", "broadcom"], facts.Glossary.Select(g => g.Id));
    }

    [Fact]
    public async Task RollbackAsync_AfterAFactsEdit_BringsBackTheFactsOfThePreviousIndex()
    {
        await _kb.BaselineAsync();
        _kb.Write("facts.yaml", FaultKnowledge.FactsYaml + "\n  - id: oracle-share-rise\n    label: { en: \"Oracle's share price rise\", zh: \"甲骨文股价涨幅\" }\n    kind: percent\n    value: 6\n    unit: \"%\"\n    qualifier: about\n    as_of: 2025-09-23\n    sources:\n      - { article: beta-en, quote: \"Oracle's share price rose about 6%\" }\n");
        var edit = await _kb.Host.RefreshAsync();
        var editedFigures = (await _kb.Host.Get<IKnowledgeCatalog>().GetFactsAsync()).Figures.Count;

        var rolledBack = await _kb.Host.Refresher.RollbackAsync();

        Assert.True(edit.Published);
        Assert.Equal(2, editedFigures);
        Assert.True(rolledBack);
        await FaultKnowledge.AssertBaselineFactsServedAsync(_kb.Host);
    }

    [Fact]
    public async Task GetFactsAsync_PublishedFactsEditedOnDisk_ServesThePreviousVersionAndSaysSoOnce()
    {
        await _kb.BaselineAsync();
        _kb.Write("facts.yaml", FaultKnowledge.FactsYaml + OracleFigure);
        Assert.True((await _kb.Host.RefreshAsync()).Published);
        var live = LivePublishedFile();

        // Valid JSON, a plausible edit: the $100 billion becomes $300 billion, the checksum is left as it was.
        var text = File.ReadAllText(live);
        Assert.Contains("value: 100e9", text, StringComparison.Ordinal);
        File.WriteAllText(live, text.Replace("value: 100e9", "value: 300e9", StringComparison.Ordinal));
        using var restarted = _kb.Kb.NewHost(configure: s => s.AddLogging(b => b.AddFakeLogging()));

        await FaultKnowledge.AssertBaselineFactsServedAsync(restarted);
        await FaultKnowledge.AssertBaselineFactsServedAsync(restarted);
        var warning = Assert.Single(Warnings(restarted), r => r.Message.Contains("cannot be trusted", StringComparison.Ordinal));
        Assert.Contains("checksum mismatch", warning.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(live), warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefreshAsync_PublishedFactsDamaged_PublishesThemAgainThoughNothingChanged()
    {
        await _kb.BaselineAsync();
        _kb.Write("facts.yaml", FaultKnowledge.FactsYaml + OracleFigure);
        Assert.True((await _kb.Host.RefreshAsync()).Published);
        File.WriteAllText(LivePublishedFile(), "{\"facts\":\"figures: []\",\"glossary\":null}");
        using var restarted = _kb.Kb.NewHost();

        var report = await restarted.RefreshAsync();

        Assert.True(report.Published);
        Assert.Equal(2, (await restarted.Get<IKnowledgeCatalog>().GetFactsAsync()).Figures.Count);
        Assert.Contains("\"sha256\"", File.ReadAllText(LivePublishedFile()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFactsAsync_NoKeptVersionIntact_ServesOnlyTheCheckedEntriesOfTheFolder()
    {
        await _kb.BaselineAsync();
        File.WriteAllText(LivePublishedFile(), string.Empty);
        _kb.Write("facts.yaml", FaultKnowledge.FactsYaml + FaultKnowledge.UnsupportedFigure);
        using var restarted = _kb.Kb.NewHost(configure: s => s.AddLogging(b => b.AddFakeLogging()));

        await FaultKnowledge.AssertBaselineFactsServedAsync(restarted);
        Assert.Contains(Warnings(restarted), r => r.Message.Contains("No intact facts are kept", StringComparison.Ordinal) && r.Message.Contains("empty", StringComparison.Ordinal));
    }

    private string LivePublishedFile()
    {
        var directory = Path.Combine(_kb.Kb.DataDirectory, "facts");
        return Path.Combine(directory, File.ReadAllText(Path.Combine(directory, "LIVE")).Trim() + ".json");
    }

    private static List<FakeLogRecord> Warnings(KnowledgeHost host) =>
        [.. host.Get<FakeLogCollector>().GetSnapshot().Where(r => r.Level >= LogLevel.Warning)];
}
