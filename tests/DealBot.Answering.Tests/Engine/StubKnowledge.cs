using DealBot.Answering.Tests.Llm;
using DealBot.Answering.Tests.Plugins;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Tests.Engine;

/// <summary>What a stubbed knowledge base holds: curated facts, the passages every search returns, the articles.</summary>
internal sealed record StubKnowledge(FactSheet Facts, IReadOnlyList<ScoredPassage> Passages, IReadOnlyList<SourceInfo> Sources)
{
    /// <summary>The passages with their figures extracted, as ingestion stores them.</summary>
    public IReadOnlyList<ScoredPassage> Passages { get; } =
        [.. Passages.Select(p => p with { Passage = p.Passage with { Figures = new FigureExtractor().Extract(p.Passage.Text) } })];

    /// <summary>The test facts and the deal-structure passage in both languages.</summary>
    public static StubKnowledge Deal { get; } = new(
        TestFacts.Sheet,
        [LlmTestRig.DealPassage, ChinesePassage()],
        [
            new SourceInfo("deal-structure-en", "Nvidia and OpenAI sign a letter of intent", Languages.English, LlmTestRig.Published, "deal-structure-en.md"),
            new SourceInfo("deal-structure-zh", "英伟达与OpenAI签署合作意向书", Languages.Chinese, LlmTestRig.Published, "deal-structure-zh.md"),
        ]);

    private static ScoredPassage ChinesePassage() => new(
        new Passage(Guid.NewGuid(), "deal-structure-zh", "英伟达与OpenAI签署合作意向书", Languages.Chinese, LlmTestRig.Published, 0,
            "英伟达计划向OpenAI投资最高1000亿美元。签署最终协议后，英伟达则向OpenAI投入首笔100亿美元。", []),
        0.9);
}
