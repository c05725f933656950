using DealBot.Core.Text;

namespace DealBot.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_ChinesePunctuation_EndsASentenceAtEachMark()
    {
        var sentences = SentenceSplitter.Split("英伟达股价上涨4.4%。甲骨文上涨约6%！博通呢？博通下跌0.8%；知识库不追踪此后的股价。");

        Assert.Equal(["英伟达股价上涨4.4%。", "甲骨文上涨约6%！", "博通呢？", "博通下跌0.8%；", "知识库不追踪此后的股价。"], sentences);
    }

    [Fact]
    public void Split_ChineseClosingQuote_StaysWithItsSentence()
    {
        var sentences = SentenceSplitter.Split("奥尔特曼说：“一切都从算力开始。”他随后补充了细节。伯恩斯坦提到“循环”问题。");

        Assert.Equal(["奥尔特曼说：“一切都从算力开始。”", "他随后补充了细节。", "伯恩斯坦提到“循环”问题。"], sentences);
    }

    [Fact]
    public void Split_ChineseCornerBracketQuote_StaysWithItsSentence()
    {
        var sentences = SentenceSplitter.Split("他表示：「交易将在几周内敲定。」市场反应积极。");

        Assert.Equal(["他表示：「交易将在几周内敲定。」", "市场反应积极。"], sentences);
    }

    [Fact]
    public void Split_EnglishAbbreviationsAndDecimals_DoNotEndASentence()
    {
        const string Text = "Shares rose 4.4% in the U.S. Nvidia Inc. said demand was strong. The deal was signed by Mr. Huang and Dr. Su on Sept. 22. Oracle rose 6% on the news.";

        var sentences = SentenceSplitter.Split(Text);

        Assert.Equal(
            [
                "Shares rose 4.4% in the U.S. Nvidia Inc. said demand was strong.",
                "The deal was signed by Mr. Huang and Dr. Su on Sept. 22.",
                "Oracle rose 6% on the news.",
            ],
            sentences);
    }

    [Fact]
    public void Split_EnglishQuestionExclamationAndClosingQuote_EndSentences()
    {
        var sentences = SentenceSplitter.Split("Altman said \"everything starts with compute.\" Is it circular? Rasgon thinks so! Barlow (a lawyer) agreed.");

        Assert.Equal(["Altman said \"everything starts with compute.\"", "Is it circular?", "Rasgon thinks so!", "Barlow (a lawyer) agreed."], sentences);
    }

    [Fact]
    public void Split_MoneyAndVersionNumbers_AreNotCut()
    {
        var sentences = SentenceSplitter.Split("Nvidia plans to invest US$100.5 billion. OpenAI is valued at US$500 billion.");

        Assert.Equal(["Nvidia plans to invest US$100.5 billion.", "OpenAI is valued at US$500 billion."], sentences);
    }

    [Fact]
    public void Split_NoTerminalPunctuation_ReturnsTheWholeText()
    {
        Assert.Equal(["A heading without a full stop"], SentenceSplitter.Split("A heading without a full stop"));
    }
}
