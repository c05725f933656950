using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Knowledge.Chunking;
using DealBot.Knowledge.Ingestion;

namespace DealBot.Knowledge.Tests.Chunking;

public sealed class PassageBuilderTests
{
    private static readonly SourceDocument English = new(
        "deal-structure-en", "Nvidia and OpenAI sign a letter of intent", Languages.English, new DateOnly(2025, 9, 23), null,
        "deal-structure-en.md", "hash",
        "Deal structure\n\nNvidia plans to invest up to US$100 billion in OpenAI as the systems are deployed, according to the two companies.\n\n"
        + string.Join(' ', Enumerable.Range(1, 10).Select(i => $"Sentence {i} says the Nvidia–OpenAI deployment continues in phase {i} with more systems.")));

    private static readonly SourceDocument Chinese = new(
        "deal-structure-zh", "英伟达与OpenAI签署合作意向书", Languages.Chinese, new DateOnly(2025, 9, 23), null,
        "deal-structure-zh.md", "hash",
        "英伟达计划向OpenAI投资最高1000亿美元。\n\n两家公司表示，为OpenAI规划的至少10千兆瓦英伟达系统，耗电量与800多万户美国家庭的用电量相当。");

    private static PassageBuilder Builder() => new(new PassageChunker(420), new FigureExtractor());

    [Fact]
    public void Build_EveryPassage_KnowsItsSourceTitleLanguagePublishedAndPosition()
    {
        foreach (var document in new[] { English, Chinese })
        {
            var drafts = Builder().Build(document);

            Assert.NotEmpty(drafts);
            for (var i = 0; i < drafts.Count; i++)
            {
                var p = drafts[i].Passage;
                Assert.Equal(document.SourceId, p.SourceId);
                Assert.Equal(document.Title, p.Title);
                Assert.Equal(document.Language, p.Language);
                Assert.Equal(document.Published, p.Published);
                Assert.Equal(i, p.Position);
                Assert.Equal(PassageBuilder.PassageId(document.SourceId, i), p.Id);
            }
        }
    }

    [Fact]
    public void Build_SameInputTwice_GivesTheSameIds()
    {
        var first = Builder().Build(English).Select(d => d.Passage.Id).ToList();
        var second = Builder().Build(English with { ContentHash = "other" }).Select(d => d.Passage.Id).ToList();

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }

    [Fact]
    public void PassageId_DependsOnSourceAndPosition()
    {
        var id = PassageBuilder.PassageId("deal-structure-en", 0);

        Assert.Equal(id, PassageBuilder.PassageId("deal-structure-en", 0));
        Assert.NotEqual(id, PassageBuilder.PassageId("deal-structure-en", 1));
        Assert.NotEqual(id, PassageBuilder.PassageId("deal-structure-zh", 0));
        Assert.Equal(5, id.Version);
    }

    [Fact]
    public void Build_EmbeddingInput_CarriesTitleAndSection()
    {
        var drafts = Builder().Build(English);

        Assert.Equal($"{English.Title} — Deal structure\n{drafts[0].Passage.Text}", drafts[0].EmbeddingInput);
    }

    [Fact]
    public void Build_NoSection_EmbeddingInputIsTitleAndText()
    {
        var drafts = Builder().Build(Chinese);

        Assert.Equal($"{Chinese.Title}\n{drafts[0].Passage.Text}", drafts[0].EmbeddingInput);
    }

    [Fact]
    public void Build_PassageFigures_AreExtracted()
    {
        var drafts = Builder().Build(Chinese);

        var figures = drafts.SelectMany(d => d.Passage.Figures).ToList();
        Assert.Contains(figures, f => f.Kind == FigureKind.Money && f.Value == 100_000_000_000m);
    }
}
