using DealBot.Answering.Analysis;
using DealBot.Core.Figures;
using DealBot.Core.Matching;

namespace DealBot.Answering.Composition;

/// <summary>
/// The weighted terms facts are matched against. Terms only a premise uses count for less than what is asked: in
/// "Since Nvidia is investing $300 billion in OpenAI, how big is the first tranche?" the first tranche decides which
/// figure answers, not the investment the premise talks about.
/// </summary>
internal static class QuestionTerms
{
    // Enough to break ties among facts the asked clause matches equally, too little to outvote the asked clause.
    private const double PremiseWeight = 0.3;

    public static IReadOnlyDictionary<string, double> Weigh(FactMatcher matcher, QuestionAnalysis question)
    {
        var weights = matcher.QuestionWeights(question.Text);
        if (question.Premise is null)
        {
            return weights;
        }

        var asked = matcher.QuestionWeights(question.Asked);
        if (asked.Count == 0)
        {
            return weights;
        }

        return weights.ToDictionary(t => t.Key, t => asked.ContainsKey(t.Key) ? t.Value : t.Value * PremiseWeight, StringComparer.Ordinal);
    }

    /// <summary>
    /// What a days question is about: its terms without the dates it states and the words of counting days. In "how many
    /// days are there between the announcement and 2026-11-28" only the announcement names something to look up.
    /// </summary>
    public static IReadOnlyDictionary<string, double> DaysTopic(FactMatcher matcher, QuestionAnalysis question)
    {
        var text = question.Numbers
            .Where(n => n.Kind == FigureKind.Date)
            .OrderByDescending(n => n.Start)
            .Aggregate(question.Text, (t, n) => t.Remove(n.Start, n.Length));
        text = QuestionPatterns.DaysWordsEn().Replace(QuestionPatterns.DaysWordsZh().Replace(text, " "), " ");
        return matcher.QuestionWeights(text);
    }
}
