using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>A phrase moderators list as a way of asking for a figure ("first tranche") decides which figure a calculation takes.</summary>
public sealed class AliasPhraseTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("What percentage of OpenAI does the first tranche represent?", "2%")]
    public async Task AnswerAsync_StakeOfTheAliasedFigure_NotOfTheTotal(string question, string share)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.StartsWith(share, answer.Text, StringComparison.Ordinal);
        Assert.Contains("10e9", answer.Calculations[0].Expression, StringComparison.Ordinal);
    }
}
