using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "what if the valuation were only 400bn?" after a stake: of the amounts the previous calculation used, the one the
/// follow-up names takes the new number, and the calculation is redone, in either language.
/// </summary>
public sealed class NamedOperandFollowUpTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("how big is the first tranche?", "what stake does it buy at the 500bn valuation?", "what if the valuation were only 400bn?", "2.5%")]
    [InlineData("英伟达首笔投资多少钱？", "按5000亿估值能占多少股份？", "要是估值只有4000亿呢？", "2.5%")]
    [InlineData("how big is the first tranche?", "what stake does it buy at the 500bn valuation?", "and if the first tranche were 20bn?", "4%")]
    public async Task AnswerAsync_NewNumberForANamedOperand_RedoesThePreviousCalculation(string first, string second, string third, string expected)
    {
        var one = await fixture.Engine.AnswerAsync(new Question(first));
        var two = await fixture.Engine.AnswerAsync(new Question(second, [new ConversationTurn(first, one.Text)]));

        var answer = await fixture.Engine.AnswerAsync(new Question(third, [new ConversationTurn(first, one.Text), new ConversationTurn(second, two.Text)]));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's this circularity thing people keep mentioning?")]
    [InlineData("大家都在说的循环融资是啥？")]
    public async Task AnswerAsync_WhatPeopleKeepSaying_IsAnsweredNotCountedAsPeople(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(answer.Text.Contains("circular", StringComparison.OrdinalIgnoreCase) || answer.Text.Contains("循环", StringComparison.Ordinal), answer.Text);
    }
}
