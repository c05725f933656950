using DealBot.Knowledge.Tests.Ingestion;

namespace DealBot.Knowledge.Tests.Retrieval;

/// <summary>What the dense model is given: Chinese entity names as their English names, for passages and questions alike.</summary>
public sealed class DenseInputTests : IDisposable
{
    private readonly SyncFixture _kb = new();

    public DenseInputTests()
    {
        _kb.Write("glossary.yaml", """
            glossary:
              - { id: nvidia, kind: company, en: [ "Nvidia" ], zh: [ "英伟达" ] }
            """);
    }

    public void Dispose() => _kb.Dispose();

    [Fact]
    public async Task RefreshAsync_ChinesePassageNamingAnEntity_IsEmbeddedWithTheEnglishName()
    {
        await _kb.Host.RefreshAsync();

        var chinese = _kb.Embedder.Texts.Where(t => t.Contains("首批交付", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(chinese);
        Assert.All(chinese, t => Assert.Contains("Nvidia", t, StringComparison.Ordinal));
        Assert.DoesNotContain(_kb.Embedder.Texts, t => t.Contains("英伟达", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_ChineseQuestionNamingAnEntity_EmbedsTheEnglishName()
    {
        await _kb.Host.RefreshAsync();

        await _kb.SearchAsync("英伟达硬件什么时候交付？");

        Assert.Contains("Nvidia", _kb.Embedder.Texts[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("英伟达", _kb.Embedder.Texts[^1], StringComparison.Ordinal);
    }
}
