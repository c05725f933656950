using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// A later article about one campus of the plan does not take over questions about the plan: asked for the plan's
/// capacity in the unit it is stated in, the answer is that figure, not the campus's converted; asked for the first
/// phase in another unit, the figure whose own clause names the first phase is converted, not the campus's beside it.
/// </summary>
public sealed class CampusWithinPlanTests(CampusWithinPlanFixture fixture) : IClassFixture<CampusWithinPlanFixture>
{
    [Theory]
    [InlineData("How many gigawatts of Nvidia systems are planned for OpenAI?")]
    [InlineData("how many GW is nvda building out for oai?")]
    [InlineData("英伟达计划为OpenAI部署多少吉瓦的系统？")]
    public async Task AnswerAsync_PlannedCapacityInItsOwnUnit_GivesThePlanNotTheCampus(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("10", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.6", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.SourceId is CampusWithinPlanFixture.EnglishId or CampusWithinPlanFixture.ChineseId);
    }

    [Theory]
    [InlineData("How many kilowatts is the first phase?", "1,000,000 kW")]
    [InlineData("first phase in kw?", "1,000,000 kW")]
    [InlineData("第一阶段是多少千瓦？", "100万千瓦")]
    public async Task AnswerAsync_FirstPhaseInAnotherUnit_ConvertsTheFirstPhaseNotTheCampusBesideIt(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("600", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how many kW is the Juniper Flats campus?", "600,000 kW")]
    [InlineData("杜松滩园区是多少千瓦？", "60万千瓦")]
    public async Task AnswerAsync_TheCampusInAnotherUnit_ConvertsTheCampus(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }
}
