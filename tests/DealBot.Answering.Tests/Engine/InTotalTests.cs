using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// "In total", "总共", "一共": alone they ask for the total the sources state; they add up only what the question
/// joins (two numbers, a number and the answer before, two things besides the deal's parties).
/// </summary>
public sealed class InTotalTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("how much will nvidia invest in openai in total?", "100 billion", "110 billion")]
    [InlineData("英伟达总共要投多少？", "1000亿", "1100亿")]
    [InlineData("英伟达一共投资OpenAI多少钱", "1000亿", "1100亿")]
    public async Task AnswerAsync_TotalOfOneThing_IsTheStatedTotal(string question, string expected, string added)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(added, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("microsoft's 13bn and nvidia's 100bn, how much in total?", "113 billion")]
    [InlineData("微软130亿加英伟达1000亿，一共多少？", "1130亿")]
    [InlineData("每千兆瓦380亿美元，10千兆瓦总共多少？", "3800亿")]
    public async Task AnswerAsync_TotalOfWhatTheQuestionJoins_AddsOrAppliesTheRate(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
