using DealBot.Core.Documents;
using DealBot.Core.Text;
using DealBot.Knowledge.Chunking;

namespace DealBot.Knowledge.Tests.Chunking;

public sealed class PassageChunkerTests
{
    private const int Target = 420;
    private readonly PassageChunker _chunker = new(Target);

    private static string EnglishSentence(int n) =>
        $"Sentence number {n} states that Nvidia and OpenAI keep working on the deployment of their systems in phase {n}.";

    private static string ChineseSentence(int n) => $"第{n}句说明英伟达与OpenAI将在第{n}阶段继续部署系统并逐步投入资金。";

    [Fact]
    public void Chunk_LongEnglishParagraph_CutsAtSentenceBoundariesWithOneSentenceOverlap()
    {
        var sentences = Enumerable.Range(1, 12).Select(EnglishSentence).ToList();
        var paragraph = string.Join(' ', sentences);
        Assert.True(paragraph.Length > Target * 3 / 2);

        var chunks = _chunker.Chunk(paragraph, Languages.English);

        Assert.True(chunks.Count >= 3, $"expected several passages, got {chunks.Count}");
        var pieces = chunks.Select(c => SentenceSplitter.Split(c.Text)).ToList();
        foreach (var piece in pieces)
        {
            Assert.All(piece, s => Assert.Contains(s, sentences));
            Assert.True(string.Join(' ', piece).Length <= Target + EnglishSentence(10).Length, "a passage is far beyond the target");
        }

        for (var i = 1; i < pieces.Count; i++)
        {
            Assert.Equal(pieces[i - 1][^1], pieces[i][0]);
        }

        Assert.Equal(sentences, pieces.SelectMany(p => p).Distinct());
    }

    [Fact]
    public void Chunk_LongChineseParagraph_CutsAtSentenceBoundariesWithOneSentenceOverlap()
    {
        var sentences = Enumerable.Range(1, 16).Select(ChineseSentence).ToList();
        var paragraph = string.Concat(sentences);

        var chunks = _chunker.Chunk(paragraph, Languages.Chinese);

        Assert.True(chunks.Count >= 3, $"expected several passages, got {chunks.Count}");
        var pieces = chunks.Select(c => SentenceSplitter.Split(c.Text)).ToList();
        Assert.All(chunks, c => Assert.EndsWith("。", c.Text, StringComparison.Ordinal));
        Assert.All(chunks, c => Assert.DoesNotContain(" ", c.Text, StringComparison.Ordinal));
        for (var i = 1; i < pieces.Count; i++)
        {
            Assert.Equal(pieces[i - 1][^1], pieces[i][0]);
        }

        Assert.Equal(sentences, pieces.SelectMany(p => p).Distinct());
    }

    [Fact]
    public void Chunk_ChinesePassages_AreShorterThanEnglishOnes()
    {
        var english = _chunker.Chunk(string.Join(' ', Enumerable.Range(1, 20).Select(EnglishSentence)), Languages.English);
        var chinese = _chunker.Chunk(string.Concat(Enumerable.Range(1, 20).Select(ChineseSentence)), Languages.Chinese);

        Assert.True(chinese.Max(c => c.Text.Length) < english.Max(c => c.Text.Length));
        Assert.True(chinese.Max(c => c.Text.Length) <= 300, $"longest Chinese passage: {chinese.Max(c => c.Text.Length)} chars");
    }

    [Fact]
    public void Chunk_ShortParagraphs_AreMergedInOrder()
    {
        const string Body = "Oracle's share price rose about 6% after the news.\n\nBroadcom's share price fell 0.8% after the news.\n\nNvidia's shares reached a record high.";

        var chunks = _chunker.Chunk(Body, Languages.English);

        var chunk = Assert.Single(chunks);
        Assert.Equal("Oracle's share price rose about 6% after the news. Broadcom's share price fell 0.8% after the news. Nvidia's shares reached a record high.", chunk.Text);
    }

    [Fact]
    public void Chunk_ShortChineseParagraphs_AreMergedWithoutSpaces()
    {
        var chunks = _chunker.Chunk("甲骨文股价上涨约6%。\n博通股价下跌0.8%。", Languages.Chinese);

        Assert.Equal("甲骨文股价上涨约6%。博通股价下跌0.8%。", Assert.Single(chunks).Text);
    }

    [Fact]
    public void Chunk_ParagraphsReachingHalfTheTarget_StaySeparate()
    {
        var first = string.Join(' ', Enumerable.Range(1, 2).Select(EnglishSentence));
        var second = string.Join(' ', Enumerable.Range(3, 2).Select(EnglishSentence));

        var chunks = _chunker.Chunk($"{first}\n\n{second}", Languages.English);

        Assert.Equal([first, second], chunks.Select(c => c.Text));
    }

    [Fact]
    public void Chunk_Headings_BecomeSectionsNotPassages()
    {
        const string Body = "Deal structure\n\nNvidia buys non-voting shares of OpenAI, and OpenAI spends the cash on Nvidia chips.\n\nMarket reaction:\n\nOracle's share price rose about 6% after the news.";

        var chunks = _chunker.Chunk(Body, Languages.English);

        Assert.Equal(2, chunks.Count);
        Assert.Equal(("Deal structure", "Nvidia buys non-voting shares of OpenAI, and OpenAI spends the cash on Nvidia chips."), (chunks[0].Section, chunks[0].Text));
        Assert.Equal(("Market reaction", "Oracle's share price rose about 6% after the news."), (chunks[1].Section, chunks[1].Text));
        Assert.DoesNotContain(chunks, c => c.Text.Contains("Deal structure", StringComparison.Ordinal));
    }

    [Fact]
    public void Chunk_ChineseHeading_BecomesTheSection()
    {
        var chunks = _chunker.Chunk("交易结构\n英伟达先购入OpenAI的无投票权股份，OpenAI再拿这笔资金采购英伟达的芯片。", Languages.Chinese);

        var chunk = Assert.Single(chunks);
        Assert.Equal("交易结构", chunk.Section);
        Assert.StartsWith("英伟达先购入", chunk.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunk_ShortParagraphsAcrossAHeading_AreNotMerged()
    {
        var chunks = _chunker.Chunk("Oracle rose about 6%.\n\nOther news\n\nBroadcom fell 0.8%.", Languages.English);

        Assert.Equal(["Oracle rose about 6%.", "Broadcom fell 0.8%."], chunks.Select(c => c.Text));
        Assert.Equal([null, "Other news"], chunks.Select(c => c.Section));
    }

    [Fact]
    public void Chunk_Positions_AreConsecutiveFromZero()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 9).Select(i => string.Join(' ', EnglishSentence(i), EnglishSentence(i + 10))));

        var chunks = _chunker.Chunk(body, Languages.English);

        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Position));
    }
}
