using DealBot.Answering.Evaluation;
using DealBot.Answering.Tests.Metamorphic;
using DealBot.Core.Answers;
using DealBot.Knowledge.Facts;
using DealBot.Testing;
using Xunit.Abstractions;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// Metamorphic tests: every dev question, rewritten the ways members write (an alias, traditional script, a typo,
/// chat noise, the clauses the other way round), must keep its expected status and key content.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class MetamorphicTests(AnswerEngineFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task AnswerAsync_RewrittenDevQuestions_KeepTheirStatusAndKeyContent()
    {
        var glossary = (await new FactSheetLoader().LoadAsync(RepositoryPaths.KnowledgeDirectory)).Glossary;
        IQuestionRewrite[] rewrites =
        [
            new EntityAliasRewrite(glossary),
            new TraditionalScriptRewrite(ChineseScriptTable.Repository),
            new KeyboardTypoRewrite(),
            new ChatterSuffixRewrite(" lol"),
            new ChatterSuffixRewrite("??"),
            new ChatterSuffixRewrite(" 🤔"),
            new ClauseSwapRewrite(),
        ];

        var outcome = await RunAsync(Load("dev-questions.jsonl"), rewrites);

        // The dev questions hold no comma, so the clause swap is measured on other files (test below); every other
        // rewrite must have changed questions, or this test would measure nothing.
        Assert.All(rewrites.Where(r => r is not ClauseSwapRewrite), r => Assert.True(outcome.Applied(r) >= 5, $"{r.Name} rewrote only {outcome.Applied(r)} dev questions"));
        // The product target: 95% of rewritten questions keep their status and key content (138 of 140 when written).
        Assert.True(outcome.Passed * 100 >= outcome.Total * 95, $"{outcome.Passed} of {outcome.Total} rewritten questions passed; failing:\n{outcome.Failures}");
    }

    [Fact]
    public async Task AnswerAsync_ClausesSwapped_KeepTheirStatusAndKeyContent()
    {
        // Every question of two comma-joined clauses in the dev, held-out and probe files (the dev file has none).
        var expectations = Load("dev-questions.jsonl").Concat(Load("heldout-questions.jsonl")).Concat(Load("probe-questions.jsonl")).ToList();
        var swap = new ClauseSwapRewrite();

        var outcome = await RunAsync(expectations, [swap]);

        Assert.True(outcome.Applied(swap) >= 10, $"only {outcome.Applied(swap)} questions have two comma-joined clauses");
        // The product target: 95% (14 of 14 when written).
        Assert.True(outcome.Passed * 100 >= outcome.Total * 95, $"{outcome.Passed} of {outcome.Total} swapped questions passed; failing:\n{outcome.Failures}");
    }

    private async Task<MetamorphicOutcome> RunAsync(IReadOnlyList<Expectation> expectations, IReadOnlyList<IQuestionRewrite> rewrites)
    {
        var outcome = new MetamorphicOutcome();
        foreach (var rewrite in rewrites)
        {
            foreach (var expectation in expectations)
            {
                if (rewrite.Rewrite(expectation.Question) is not { } question)
                {
                    continue;
                }

                var rewritten = expectation with { Id = $"{expectation.Id} ({rewrite.Name})", Question = question };
                var answer = await fixture.Engine.AnswerAsync(new Question(question));
                // An answer to a traditional question is written in traditional script; key content is compared in simplified.
                var problems = ExpectationChecker.Check(rewritten, answer with { Text = ChineseScriptTable.Repository.ToSimplified(answer.Text) });
                outcome.Add(rewrite, question, problems);
            }
        }

        output.WriteLine(outcome.Report());
        return outcome;
    }

    private static IReadOnlyList<Expectation> Load(string file) =>
        Expectation.ParseLines(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Resources", file)));
}
