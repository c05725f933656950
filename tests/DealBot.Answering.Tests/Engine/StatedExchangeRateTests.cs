using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>A rate written as two amounts set equal ("1 GBP = 1.35 USD", "1美元兑7.1人民币") converts, the right way round.</summary>
public sealed class StatedExchangeRateTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("what's the first $10bn in pounds if 1 GBP = 1.35 USD?", "7.407 billion")]
    [InlineData("首笔100亿美元换成人民币是多少？1美元兑7.1人民币", "710亿")]
    [InlineData("the first $10bn in euros, 1 EUR = 1.25 USD", "8 billion")]
    public async Task AnswerAsync_RateAsTwoAmountsSetEqual_Converts(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    // A follow-up that names no currency keeps the one the answer before converted to.
    [Theory]
    [InlineData("英伟达计划投资的1000亿美元按7.3换成人民币是多少？", "那每吉瓦呢？", "730亿元")]
    [InlineData("nvidia's 100bn in euros at 0.9?", "and per GW?", "€9 billion per GW")]
    public async Task AnswerAsync_PerUnitAfterAConversion_KeepsTheConvertedCurrency(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
