using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// Figures the facts file pairs (the planned total with the planned capacity, the households with the 10 GW) scale
/// together; one of a unit beside an amount is a rate.
/// </summary>
public sealed class PairedFigureTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("how many homes could 3 GW power?", "2.4 million")]
    [InlineData("3吉瓦够多少户美国家庭用电？", "240万")]
    [InlineData("if only 4 GW get deployed, at the same rate per GW how much would nvidia put in?", "40 billion")]
    [InlineData("如果最后只落地了6个GW，按同样比例英伟达得投多少钱？", "600亿")]
    [InlineData("one GW holds roughly 50,000 GPUs, so how many GPUs in the whole deal?", "500,000")]
    [InlineData("假设每个GW要塞5万张GPU，10GW一共得多少张卡？", "50万")]
    [InlineData("if 1 GW costs $50bn how much is the whole 10 GW", "500 billion")]
    public async Task AnswerAsync_ScalesByTheFigureItIsPairedWith(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Calculations);
    }

    [Theory]
    [InlineData("10 gw is like how many us homes worth of power", "8 million", "80 million")]
    [InlineData("10吉瓦相当于多少户美国家庭的用电？", "800", "8000万")]
    public async Task AnswerAsync_MemberNamesThePairedFigure_AnswersWithTheCuratedOne(string question, string expected, string wrong)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OneUnitRate_IsNotCitedAsASourceFigure()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("if 1 GW costs $50bn how much is the whole 10 GW"));

        Assert.DoesNotContain("first phase", answer.Text, StringComparison.OrdinalIgnoreCase);
    }
}
