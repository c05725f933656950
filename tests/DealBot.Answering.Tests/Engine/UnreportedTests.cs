using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// What the sources never report gets "not in the sources", not the nearest figure: an attribute no fact or passage
/// uses (revenue, age), a share price asked of the future, a deal of another company.
/// </summary>
public sealed class UnreportedTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("輝達最新一季營收多少？")]
    [InlineData("黄仁勋今年多大？")]
    [InlineData("what's openai's revenue this year")]
    [InlineData("明年英伟达股价会涨到多少？")]
    [InlineData("AMD和OpenAI签了什么协议？")]
    [InlineData("what deal did amd sign with openai?")]
    public async Task AnswerAsync_WhatTheSourcesNeverReport_IsNotInSources(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.NotInSources, answer.Status);
        Assert.Empty(answer.Calculations);
    }

    [Theory]
    [InlineData("what is intel's deal with nvidia?", "5 billion")]
    [InlineData("what deal did microsoft sign with openai?", "non-binding")]
    [InlineData("how much will nvidia invest in openai?", "100 billion")]
    public async Task AnswerAsync_DealsAndFiguresTheSourcesDescribe_AreAnswered(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
