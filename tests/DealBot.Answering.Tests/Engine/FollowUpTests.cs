using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>Which questions carry the conversation before them (chat, Discord threads) and which stand alone.</summary>
public sealed class FollowUpTests
{
    private static readonly ConversationTurn[] AfterTheTotal =
        [new("How much will Nvidia invest in OpenAI?", "Nvidia's planned investment in OpenAI: up to US$100 billion.")];

    [Theory]
    [InlineData("per household?")]
    [InlineData("and per household?")]
    [InlineData("那每户呢？")]
    public async Task AnswerAsync_Fragment_ComputedOnTheEarlierQuestion(string reply)
    {
        // Alone, "per household?" would divide the planned power; after the investment question it divides the money.
        var answer = await StubEngine.Offline().AnswerAsync(new Question(reply, AfterTheTotal));

        Assert.Equal("100e9 / 8e6", Assert.Single(answer.Calculations).Expression);
    }

    [Fact]
    public async Task AnswerAsync_FollowUpOfAFollowUp_CarriesTheQuestionTheyContinue()
    {
        ConversationTurn[] history = [.. AfterTheTotal, new("per household?", "US$12,500 per household.")];

        var answer = await StubEngine.Offline().AnswerAsync(new Question("那每户呢？", history));

        Assert.Equal("100e9 / 8e6", Assert.Single(answer.Calculations).Expression);
    }

    [Theory]
    [InlineData("How much is invested per gigawatt?", "How many terawatt-hours would 10 GW use in a year?")]
    [InlineData("每千兆瓦对应多少投资？", "10千兆瓦一年用电多少太瓦时？")]
    public async Task AnswerAsync_QuestionOfItsOwn_AnsweredAlone(string earlier, string question)
    {
        var history = new[] { new ConversationTurn(earlier, "US$10 billion per GW.") };

        var answer = await StubEngine.Offline().AnswerAsync(new Question(question, history));

        var calculation = Assert.Single(answer.Calculations);
        Assert.Contains("8760", calculation.Expression, StringComparison.Ordinal);
        Assert.Contains("87.6", answer.Text, StringComparison.Ordinal);
    }
}
