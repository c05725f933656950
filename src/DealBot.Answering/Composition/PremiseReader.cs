using DealBot.Answering.Analysis;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;

namespace DealBot.Answering.Composition;

/// <summary>
/// Finds what a question's premise claims: for each number the premise states, the curated figure of that kind and
/// unit that the premise's words name best. The first claim the sources contradict is the one to correct.
/// </summary>
internal static class PremiseReader
{
    // How much it counts that the premise covers a figure's own label: among figures the premise names equally
    // ("Nvidia", "invest", "OpenAI"), the planned investment's label is covered more than the valuation's.
    private const double LabelCoverageWeight = 0.5;

    public static PremiseClaim? Read(QuestionAnalysis question, FactSheet facts, FactMatcher matcher, FigureEquivalence equivalence)
    {
        if (question.Premise is not { } premise)
        {
            return null;
        }

        var terms = matcher.QuestionWeights(premise);
        PremiseClaim? first = null;
        foreach (var claim in question.Numbers.Where(n => n.Kind != FigureKind.Date && question.InPremise(n)))
        {
            var fact = facts.Figures
                .Where(f => f.Kind == claim.Kind && f.Unit == claim.Unit)
                .Select(f => (Figure: f, Score: matcher.Score(terms, f)))
                .Where(x => x.Score >= FactSelector.MinimumScore)
                .Select(x => (x.Figure, Score: x.Score + (LabelCoverageWeight * LabelCoverage(x.Figure, premise, question.Language, matcher))))
                .MaxBy(x => x.Score).Figure;
            if (fact is null)
            {
                continue;
            }

            var read = new PremiseClaim(claim, fact, !equivalence.ValuesMatch(claim.Value, fact.Value));
            if (read.Contradicted)
            {
                return read;
            }

            first ??= read;
        }

        return first;
    }

    // The share of the figure's label (in the question's language) that the premise states.
    private static double LabelCoverage(FactFigure figure, string premise, string language, FactMatcher matcher) =>
        matcher.Score(matcher.QuestionWeights(figure.Label.For(language)), [premise]);
}
