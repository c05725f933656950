using DealBot.Answering.Evaluation;
using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// An offline calculation states its result in the units its expression is written in (power in GW), as the
/// Calculator plugin does on the LLM path: "100e9 / 10" = "1e10" US$ per GW, never "10" US$ per watt.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class OfflineCalculationUnitsTests(AnswerEngineFixture fixture)
{
    [Fact]
    public async Task AnswerAsync_PerGigawatt_ResultIsTheExpressionsValueInUsdPerGw()
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question("How much will Nvidia invest per gigawatt?", Trace: true));

        var calculation = Assert.Single(answer.Calculations);
        Assert.Equal("100e9 / 10", calculation.Expression);
        Assert.Equal("1e10", calculation.Result);
        Assert.Equal("USD/GW", calculation.Unit);
        Assert.DoesNotContain(answer.Trace!.Steps, s => s.StartsWith("calculation differs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dev-questions.jsonl")]
    [InlineData("probe-questions.jsonl")]
    [InlineData("community/tune-extra/questions-en.jsonl")]
    [InlineData("community/tune-extra/questions-zh.jsonl")]
    public async Task AnswerAsync_EveryOfflineCalculation_PluginEvaluatingItsExpressionGetsItsResult(string file)
    {
        // The answer service runs each offline calculation's expression through Calculator.Evaluate and traces any
        // result that differs from the one stated.
        var questions = Expectation.ParseLines(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Resources", file)));
        var calculations = 0;
        var differences = new List<string>();
        foreach (var question in questions)
        {
            var answer = await fixture.Engine.AnswerAsync(new Question(question.Question, Trace: true));
            calculations += answer.Calculations.Count;
            differences.AddRange(answer.Trace!.Steps.Where(s => s.StartsWith("calculation differs", StringComparison.Ordinal)).Select(s => $"{question.Id}: {s}"));
        }

        Assert.True(calculations >= 5, $"only {calculations} calculations in {file}; the test needs some to check");
        Assert.Empty(differences);
    }
}
