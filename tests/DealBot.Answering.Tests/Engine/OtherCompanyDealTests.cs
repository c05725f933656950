using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>Another company's own investment is not in the sources; the parties' figures do not answer it.</summary>
public sealed class OtherCompanyDealTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("How much is AMD investing in OpenAI?")]
    [InlineData("How much did Google put into Anthropic?")]
    [InlineData("AMD向OpenAI投资了多少？")]
    public async Task AnswerAsync_InvestmentOfACompanyNoFactCovers_NotInSources(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
    }

    [Theory]
    [InlineData("How much is Nvidia investing in Intel?", "5 billion")]
    [InlineData("英伟达向英特尔投资了多少？", "50亿美元")]
    public async Task AnswerAsync_InvestmentOfACoveredCompany_Answered(string question, string figure)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(figure, answer.Text, StringComparison.Ordinal);
    }
}
