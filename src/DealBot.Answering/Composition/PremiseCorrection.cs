using DealBot.Answering.Skills;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>
/// Corrects a false premise from the sources: when the clause a question takes for granted ("since Nvidia is investing
/// $300 billion", "既然英伟达要投2000亿") states a number that the curated figure it is about contradicts, the answer
/// opens with what the sources say, cited.
/// </summary>
internal sealed class PremiseCorrection(FigureFormatter formatter, FigureEquivalence equivalence, Replies.Replies replies)
{
    // How much it counts that the premise covers a figure's own label: among figures the premise names equally
    // ("Nvidia", "invest", "OpenAI"), the planned investment's label is covered more than the valuation's.
    private const double LabelCoverageWeight = 0.5;

    public ComposedAnswer Correct(ComposedAnswer answer, SkillContext context)
    {
        if (DateContradicted(context) is { } milestone)
        {
            return CorrectDate(answer, context, milestone);
        }

        if (answer.Status != AnswerStatus.Answered || Contradicted(context) is not { } fact)
        {
            return answer;
        }

        var language = context.Language;
        var value = formatter.Format(fact.Kind, fact.Value, fact.Unit, fact.Qualifier, language);
        var label = fact.Label.For(language);
        var correction = replies.Get("premise_correction", language) + (language == Languages.Chinese ? $"{label}：{value}。" : $"{label}: {value}. ");
        var citations = Citations.Distinct([Citations.ForFact(fact.Sources, context), .. answer.Citations]);
        return answer with
        {
            Text = context.Own(correction) + answer.Text,
            Citations = citations,
            AsOf = Citations.AsOf(citations) ?? answer.AsOf,
            Steps = [.. answer.Steps, $"premise corrected: {fact.Id}"],
        };
    }

    // "given the first deliveries already finished in 2025": a date the premise claims for a milestone that the
    // timeline places elsewhere.
    private static TimelineEvent? DateContradicted(SkillContext context)
    {
        var frame = context.Frame;
        if (frame.Premise is not { } premise)
        {
            return null;
        }

        var start = frame.Text.Text.IndexOf(premise, StringComparison.Ordinal);
        var claims = frame.Quantities.Dates.Where(d => d.From is not null && d.To is not null && d.Start >= start && d.Start < start + premise.Length).ToList();
        if (claims.Count == 0)
        {
            return null;
        }

        var matcher = context.Knowledge.Matcher;
        var terms = matcher.QuestionWeights(premise);
        var milestone = context.Knowledge.Facts.Events
            .Where(e => e.From is not null && e.To is not null)
            .Select(e => (Event: e, Score: matcher.Score(terms, e)))
            .Where(x => x.Score >= FactScoring.MinimumScore)
            .OrderByDescending(x => x.Score)
            .Select(x => x.Event)
            .FirstOrDefault();
        return milestone is not null && claims.All(c => c.To < milestone.From || c.From > milestone.To) ? milestone : null;
    }

    // The correction is the answer when the question rests on the false date ("…, is the deal basically done?").
    private ComposedAnswer CorrectDate(ComposedAnswer answer, SkillContext context, TimelineEvent milestone)
    {
        var language = context.Language;
        var period = EventPeriods.Of(milestone, formatter, language);
        var citations = Citations.ForFactAll(milestone.Sources, context, 1);
        var correction = replies.Get("premise_correction", language) + (language == Languages.Chinese ? $"{milestone.What.For(language)}：{period}。" : $"{milestone.What.For(language)}: {period}. ");
        var keep = answer.Status == AnswerStatus.Answered;
        var all = Citations.Distinct([.. citations, .. keep ? answer.Citations : []]);
        return answer with
        {
            Status = AnswerStatus.Answered,
            Text = context.Own(correction) + (keep ? answer.Text : replies.Get("plan.future", language).Trim()),
            Citations = all,
            AsOf = Citations.AsOf(all) ?? answer.AsOf,
            Steps = [.. answer.Steps, $"premise corrected: {milestone.Id}"],
        };
    }

    private FactFigure? Contradicted(SkillContext context)
    {
        var frame = context.Frame;
        if (frame.Premise is not { } premise)
        {
            return null;
        }

        var matcher = context.Knowledge.Matcher;
        var terms = matcher.QuestionWeights(premise);
        foreach (var claim in frame.Quantities.Quantities.Where(q => q.InPremise && q.Figure is not null))
        {
            var number = claim.Figure!;
            var fact = context.Knowledge.Facts.Figures
                .Where(f => f.Kind == number.Kind && f.Unit == number.Unit)
                .Select(f => (Figure: f, Score: matcher.Score(terms, f)))
                .Where(x => x.Score >= FactScoring.MinimumScore)
                .Select(x => (x.Figure, Score: x.Score + (LabelCoverageWeight * matcher.Score(matcher.QuestionWeights(x.Figure.Label.For(context.Language)), [premise]))))
                .OrderByDescending(x => x.Score)
                .Select(x => x.Figure)
                .FirstOrDefault();
            if (fact is not null && !equivalence.ValuesMatch(number.Value, fact.Value))
            {
                return fact;
            }
        }

        return null;
    }
}
