using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>Numbered parts of a message ("1) … 2) …") are its questions, whatever question marks they carry.</summary>
public sealed class NumberedPartsTests
{
    [Theory]
    [InlineData("三连问：1) 总共投多少 2) 第一笔多少 3) 从2025年9月22日算到2026年12月31日有几天？", "总共投多少|第一笔多少|从2025年9月22日算到2026年12月31日有几天？")]
    [InlineData("quick ones: 1. how much is nvidia investing 2. when does the first gw go live", "how much is nvidia investing|when does the first gw go live")]
    [InlineData("(1) total size (2) first tranche", "total size|first tranche")]
    [InlineData("一、投多少 二、什么时候上线", "投多少|什么时候上线")]
    public void Split_NumberedParts_OnePartEach(string message, string expected)
    {
        var frame = Frames.Read(message);

        var parts = QuestionSplitter.Split(frame.Text, frame.Cues).Select(p => frame.Text.Text.Substring(p.Start, p.Length).Trim()).ToList();

        Assert.Equal(expected.Split('|'), parts);
    }

    [Theory]
    [InlineData("is it 1.5 GW or 10 GW?")]
    [InlineData("what is 2) supposed to mean")]
    [InlineData("1) how much is it")]
    public void Split_NumbersThatDoNotCountParts_StayOneQuestion(string message)
    {
        var frame = Frames.Read(message);

        Assert.Single(QuestionSplitter.Split(frame.Text, frame.Cues));
    }
}
