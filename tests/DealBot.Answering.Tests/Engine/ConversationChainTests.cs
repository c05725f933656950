using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// Follow-ups that reach past the turn before, or redo it with a new number: a rate applied to a new amount, the
/// amount of an earlier turn when the last one gave a date, a subject carried from two turns back, another end for a
/// count of days, and a currency named only in Chinese.
/// </summary>
public sealed class ConversationChainTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("how much per gigawatt is nvidia investing on average?", "what if just 7 GW end up built?", "70 billion")]
    [InlineData("輝達平均每吉瓦投資多少？", "那如果只部署6吉瓦呢？", "600億")]
    public async Task AnswerAsync_NewAmountAfterARate_AppliesTheRate(string first, string reply, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(reply, [new(first, "US$10 billion per GW.")]));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NewTaiwanDollarsAtAStatedRate_Converts()
    {
        ConversationTurn[] history = [new("輝達平均每吉瓦投資多少？", "每千兆瓦100億美元。"), new("那如果只部署6吉瓦呢？", "600億美元。")];

        var answer = await fixture.Engine.AnswerAsync(new Question("換成新台幣呢？匯率用30", history));

        Assert.StartsWith("1.8", answer.Text, StringComparison.Ordinal);
        Assert.Contains("新台幣", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_ItAfterATurnThatGaveADate_IsTheAmountBefore()
    {
        ConversationTurn[] history = [new("英伟达2024年参与的那轮融资多大？", "66亿美元。"), new("是哪个月？", "2024年10月。")];

        var answer = await fixture.Engine.AnswerAsync(new Question("这次的最高投资是它的几倍？", history));

        Assert.Contains("15.15", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's stargate?", "who's in it?", "how many times nvidia's openai plan is it?", "5 times")]
    [InlineData("星際之門是什麼？", "誰參與？", "和輝達這筆比是幾倍？", "5倍")]
    public async Task AnswerAsync_SubjectFromTwoTurnsBack_IsCompared(string first, string second, string third, string expected)
    {
        ConversationTurn[] history = [new(first, "Stargate is a US$500 billion project."), new(second, "Oracle, OpenAI, SoftBank and Microsoft.")];

        var answer = await fixture.Engine.AnswerAsync(new Question(third, history));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_PerHouseholdAfterACountOfHouseholds_DividesByThem()
    {
        ConversationTurn[] history = [new("10GW的耗电量相当于多少美国家庭？", "800多万户。"), new("每户呢？", "每户约1.25千瓦。")];

        var answer = await fixture.Engine.AnswerAsync(new Question("那一年下来一户大概用多少度电", history));

        Assert.Contains("1.095万", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_WhatAboutAnotherProject_RedoesTheComparisonForIt()
    {
        ConversationTurn[] history = [new("how much did nvidia commit to intel?", "US$5 billion."), new("how many times bigger is the openai plan?", "20 times.")];

        var answer = await fixture.Engine.AnswerAsync(new Question("what about stargate?", history));

        Assert.Contains("100 times", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what if the valuation were double?", "1%")]
    [InlineData("要是估值翻倍呢？", "1%")]
    public async Task AnswerAsync_NamedFigureScaled_RedoesThePreviousCalculation(string reply, string expected)
    {
        ConversationTurn[] history = [new("what valuation did they peg oai at for the first tranche", "US$500 billion."), new("what % does that buy?", "2%.")];

        var answer = await fixture.Engine.AnswerAsync(new Question(reply, history));

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("trillion", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_DateGlossingAMilestone_IsThatEnd()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("宣布那天到首批交付完成（2026年底）相隔多少天？"));

        Assert.Contains("465", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many days from the announcement to the end of 2026?", "and to july 1 2026?", "282")]
    [InlineData("宣布那天到首批交付完成（2026年底）相隔多少天？", "那到2026年7月1日呢？", "282")]
    public async Task AnswerAsync_AnotherDateAfterACountOfDays_KeepsTheOtherEnd(string first, string reply, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(reply, [new(first, "465 days.")]));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AnotherDateAfterAConversionOfTheCount_KeepsTheOtherEnd()
    {
        ConversationTurn[] history = [new("宣布那天到首批交付完成（2026年底）相隔多少天？", "465天。"), new("换算成周呢？", "66.43周。")];

        var answer = await fixture.Engine.AnswerAsync(new Question("那到2026年7月1日呢？", history));

        Assert.Contains("282", answer.Text, StringComparison.Ordinal);
    }
}
