using DealBot.Core.Figures;
using DealBot.Knowledge.Embedded;
using static DealBot.Testing.Stores.ContractPassages;

namespace DealBot.Knowledge.Tests.Ingestion;

/// <summary>
/// A refresh shares the passages of unchanged articles with the live generation instead of holding a second copy of
/// them: the generation it publishes serves the very instances the previous one did, and only those equal in every field.
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
}
