using System.Text.Json.Nodes;
using DealBot.Core.Facts;
using DealBot.Knowledge.Tests.Ingestion;
using DealBot.Testing.Faults;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>
/// Article ids are unique across the whole folder, changed files and unchanged alike: the file that introduces a
/// duplicate is refused with the name of the file that has the id, and the article already serving keeps serving.
/// </summary>
public sealed class DuplicateIdFaultTests : IDisposable
{
    private readonly FaultKnowledge _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public async Task RefreshAsync_ArticleCopiedUnderANewName_CopyIsRefusedAndTheOriginalKeepsAnswering()
    {
        await _kb.BaselineAsync();
        File.Copy(_kb.PathOf("alpha-en.md"), _kb.PathOf("alpha-en copy.md"));

        var report = await _kb.Host.RefreshAsync();
        var again = await _kb.Host.RefreshAsync();

        Assert.Equal("its id 'alpha-en' is already used by alpha-en.md; give it an id of its own ('id:' in its front matter)", FaultKnowledge.SingleReason(report, "alpha-en copy.md"));
        Assert.Equal((0, 0, 3), (report.Added, report.Updated, report.Unchanged));
        Assert.Contains("alpha-en.md", FaultKnowledge.SingleReason(again, "alpha-en copy.md"), StringComparison.Ordinal);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_CopyPresentBeforeTheFirstRefresh_TheFileNamedAfterTheIdKeepsIt()
    {
        _kb.Write("alpha-en copy.md", SyncFixture.Alpha("Alpha: a stray copy"));

        var report = await _kb.Host.RefreshAsync();

        Assert.Contains("already used by alpha-en.md", FaultKnowledge.SingleReason(report, "alpha-en copy.md"), StringComparison.Ordinal);
        Assert.Equal(3, report.Added);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_IdDifferingOnlyInCase_IsRefused()
    {
        await _kb.BaselineAsync();
        _kb.Write("shouting.md", SyncFixture.Markdown("ALPHA-EN", "Shouting", "en", "This article declares the id of alpha in capital letters, which a citation cannot tell apart."));

        var report = await _kb.Host.RefreshAsync();

        Assert.Contains("its id 'ALPHA-EN' is already used by alpha-en.md", FaultKnowledge.SingleReason(report, "shouting.md"), StringComparison.Ordinal);
        Assert.Equal(0, report.Added);
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task RefreshAsync_ArticleEditedToTakeAnotherArticlesId_KeepsItsOwnLastGoodVersion()
    {
        await _kb.BaselineAsync();
        _kb.Write("beta-en.md", SyncFixture.Markdown("alpha-en", "Beta wants alpha's id", "en", "An edit of beta that declares the id of alpha by mistake, and says nothing else of note."));

        var report = await _kb.Host.RefreshAsync();

        var reason = FaultKnowledge.SingleReason(report, "beta-en.md");
        Assert.Contains("its id 'alpha-en' is already used by alpha-en.md", reason, StringComparison.Ordinal);
        Assert.EndsWith("(its last good version keeps answering)", reason, StringComparison.Ordinal);
        Assert.Contains(await _kb.Kb.SearchAsync(SyncFixture.BetaWord), h => h.Passage.SourceId == "beta-en");
        await _kb.AssertAlphaStillAnswersAsync();
    }

    [Fact]
    public async Task GetSourcesAsync_StateWrittenWithADuplicateIdBeforeIdsWereChecked_ListsTheIdOnce()
    {
        await _kb.BaselineAsync();
        var statePath = Path.Combine(_kb.Kb.DataDirectory, "refresh-state.json");
        var state = JsonNode.Parse(File.ReadAllText(statePath))!["data"]!;
        var files = state["files"]!.AsObject();
        files["alpha-en copy.md"] = files["alpha-en.md"]!.DeepClone();
        DataFiles.ForgeJson(statePath, state.ToJsonString());
        using var restarted = _kb.Kb.NewHost();

        var sources = await restarted.Get<IKnowledgeCatalog>().GetSourcesAsync();
        var report = await restarted.RefreshAsync();

        Assert.Single(sources, s => s.SourceId == "alpha-en");
        Assert.Empty(report.Failed);
        await _kb.AssertAlphaStillAnswersAsync(restarted);
    }
}
