using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// False premises are corrected from the curated figures, and the figure actually asked for is answered, whatever the
/// facts are: the engine reasons from the knowledge base, not from the wording of known questions.
/// </summary>
public sealed class FalsePremiseTests
{
    [Theory]
    [InlineData("Since Nvidia is investing $300 billion in OpenAI, how big is the first tranche?", "That figure isn't what the sources say", "US$100 billion", "first investment once a definitive agreement is signed: US$10 billion", "300", "500")]
    [InlineData("既然英伟达要向OpenAI投资3000亿美元，首笔投资有多大？", "问题中的数字与资料不符", "1000亿美元", "首笔投资：100亿美元", "3000", "估值")]
    public async Task AnswerAsync_FalsePremiseAboutAnotherFigure_CorrectedAndTheAskedFigureAnswered(
        string question, string correction, string sourcesFigure, string asked, string premiseFigure, string valuation)
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith(correction, answer.Text, StringComparison.Ordinal);
        Assert.Contains(sourcesFigure, answer.Text, StringComparison.Ordinal);
        Assert.Contains(asked, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(premiseFigure, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(valuation, answer.Text, StringComparison.Ordinal);

        // Both figures stated are cited: the corrected one and the one asked for.
        Assert.Contains(answer.Citations, c => c.Quote.Contains(sourcesFigure, StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Quote.Contains(asked[(asked.LastIndexOfAny([':', '：']) + 1)..].Trim(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnswerAsync_TruePremise_AnsweredWithoutCorrection()
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question("Since Nvidia is investing $100 billion in OpenAI, how big is the first tranche?"));

        Assert.DoesNotContain("isn't what the sources say", answer.Text, StringComparison.Ordinal);
        Assert.Contains("US$10 billion", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FalsePremiseOfACalculation_ComputedFromTheSourcesFigure()
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question("Since Nvidia invests $300 billion, how much is that per gigawatt?"));

        Assert.Contains("isn't what the sources say", answer.Text, StringComparison.Ordinal);
        var calculation = Assert.Single(answer.Calculations);
        Assert.Equal("100e9 / 10", calculation.Expression);
        Assert.DoesNotContain("300", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AnotherDealsFacts_SamePremiseReasoning()
    {
        var answer = await StubEngine.Offline(AcmeDeal()).AnswerAsync(new Question("Since Acme is putting $90 billion into Widget, how big is the first tranche?"));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("US$40 billion", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Acme's first investment: US$4 billion", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("90", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("200", answer.Text, StringComparison.Ordinal);
    }

    // A deal the engine has never seen, shaped like an article moderators might add: the valuation's label names both
    // companies of the premise, the first tranche's only one, so the premise must not decide what is asked.
    private static StubKnowledge AcmeDeal()
    {
        var published = new DateOnly(2026, 2, 1);
        const string Text = "Acme plans to invest up to US$40 billion in Widget. Acme will make a first investment of US$4 billion in Widget, based on Widget's latest valuation of US$200 billion.";
        FactFigure Figure(string id, string label, string[] aliases, decimal value, Qualifier qualifier, string quote) =>
            new(id, new LocalizedText(label, label), aliases, FigureKind.Money, value, FigureUnits.Usd, qualifier, published, [new FactSource("acme-widget-en", quote)]);
        var facts = new FactSheet(
            [
                Figure("acme-total", "Acme's planned investment in Widget", ["deal size"], 40e9m, Qualifier.UpTo, "Acme plans to invest up to US$40 billion in Widget"),
                Figure("widget-valuation", "Widget valuation used for Acme's first investment in Widget", ["valuation"], 200e9m, Qualifier.Exact, "Widget's latest valuation of US$200 billion"),
                Figure("acme-first", "Acme's first investment", ["first tranche", "initial investment"], 4e9m, Qualifier.Exact, "Acme will make a first investment of US$4 billion in Widget"),
            ],
            [],
            [],
            [new GlossaryEntry("acme", "company", ["Acme"], ["艾克米"]), new GlossaryEntry("widget", "company", ["Widget"], ["威杰特"])]);
        var passage = new Passage(Guid.NewGuid(), "acme-widget-en", "Acme to invest in Widget", Languages.English, published, 0, Text, []);
        return new StubKnowledge(facts, [new ScoredPassage(passage, 1.0)], [new SourceInfo("acme-widget-en", "Acme to invest in Widget", Languages.English, published, "acme-widget-en.md")]);
    }
}
