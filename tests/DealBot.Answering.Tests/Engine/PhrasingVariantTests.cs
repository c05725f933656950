using DealBot.Answering.Tests.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Text;

namespace DealBot.Answering.Tests.Engine;

/// <summary>Variant spellings and names inside questions: 甚麼 for 什麼, a poem asked at length, a word of a name.</summary>
public sealed class PhrasingVariantTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("這筆交易是甚麼時候宣布的？")]
    [InlineData("这笔交易是甚么时候宣布的？")]
    public async Task AnswerAsync_ShenmeVariant_AsksWhen(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("2025年9月22日", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("OAI一週有多少人在用", "7億")]
    [InlineData("how much did oracle rise?", "6%")]
    [InlineData("did broadcom go up too?", "0.8%")]
    [InlineData("皮衣刀客这回投OAI多少", "1000亿")]
    [InlineData("輝達這次要投資OpenAI多少錢？", "1000億")]
    [InlineData("who is openai designing its own chips with?", "Broadcom")]
    [InlineData("英伟达给英特尔的钱是给OpenAI的几分之几？", "5%")]
    [InlineData("甲骨文的涨幅是英伟达的多少倍？", "1.364倍")]
    [InlineData("如果电价是每度0.6元人民币，1千兆瓦满负荷跑一年电费多少钱？", "52.56亿元")]
    [InlineData("假设每千兆瓦要花380亿美元，10千兆瓦总共多少？", "3800亿美元")]
    [InlineData("假設輝達股價原本是150美元，漲4.4%之後是多少？", "156.6")]
    [InlineData("if nvda was at $170 and fell 3%, what's the price after?", "164.9")]
    [InlineData("i got 20 shares of nvda @ $170. if it popped the same 4.4% from there how much am i up in $", "149.6")]
    [InlineData("我手上200股輝達，假設前一天收盤175美元，盤中漲4.4%的話帳面最多多賺多少？", "1540")]
    public async Task AnswerAsync_EverydayWording_FindsTheFigure(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhyAShareFell_IsAReasonNotTheFigure()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("為什麼博通股價會跌？", Trace: true));

        Assert.DoesNotContain(answer.Trace!.Steps, s => s.StartsWith("skill: figure", StringComparison.Ordinal));
        Assert.Contains(answer.Trace.Steps, s => s.StartsWith("skill: ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("is the UK's CMA also reviewing the nvidia openai stake?")]
    [InlineData("what did the lawyer say openai's share of the chips is?")]
    public async Task AnswerAsync_StakeNamedInAYesNoOrViewQuestion_IsNoCalculation(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Empty(answer.Calculations);
        Assert.NotEqual(AnswerStatus.Refused, answer.Status);
    }

    [Fact]
    public async Task AnswerAsync_PoemAboutTheDealInManyWords_IsOutOfScope()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("写一首关于芯片和英伟达的诗"));

        Assert.Equal(AnswerStatus.OutOfScope, answer.Status);
    }

    [Fact]
    public void Read_WordOfAName_IsNoDirection()
    {
        var frame = Frames.Read("What are the terms of team red's chip deal with OpenAI?");

        Assert.DoesNotContain(frame.Cues, c => c.Cue.StartsWith("direction.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("相当", "相當")]
    [InlineData("历史", "歷史")]
    [InlineData("发布", "發布")]
    [InlineData("分钟", "分鐘")]
    public void ToTraditional_CommonWords_TakeTheirUsualForm(string simplified, string traditional) =>
        Assert.Equal(traditional, ChineseScript.ToTraditional(simplified));
}
