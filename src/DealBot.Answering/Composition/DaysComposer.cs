using System.Text.RegularExpressions;
using DealBot.Answering.Analysis;
using DealBot.Answering.Plugins;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>
/// Answers "how many days from X to Y" with the timeline plugin's date arithmetic. Each end is a date or period the
/// question states ("2026-11-28", "the end of 2026", "2026年下半年"), a dated milestone it names ("the announcement"),
/// or, when it names only one, today from the injected clock.
/// </summary>
internal sealed partial class DaysComposer(TimelinePlugin timeline, FigureFormatter formatter)
{
    private const int MaxEnds = 2;

    // Lower than a fact answer needs: the question's other words are about arithmetic ("how many days from ... to"),
    // and Chinese questions carry many bigrams that name nothing.
    private const double MilestoneScore = FactSelector.MinimumScore / 2;

    public ComposedAnswer? Compose(ComposeContext context)
    {
        var q = context.Question;
        var ends = q.Numbers
            .Where(n => n.Kind == FigureKind.Date && n.From is not null && n.To is not null)
            .Select(n => Stated(q.Text, n, context.Language))
            .ToList();
        ends.AddRange(Milestones(context, MaxEnds - ends.Count));
        if (ends.Count == 0)
        {
            return null;
        }

        if (ends.Count < MaxEnds)
        {
            ends.Add(new End(context.Today, context.Language == Languages.Chinese ? "今天" : "today", null));
        }

        var (from, to) = ends[0].Day <= ends[1].Day ? (ends[0], ends[1]) : (ends[1], ends[0]);
        var events = ends.Select(e => e.Event).OfType<TimelineEvent>().ToList();
        var inputs = events.Select(e => $"{e.Sources.FirstOrDefault()?.ArticleId ?? "facts"}#{e.Id}").ToArray();
        var result = timeline.DaysBetween(IsoDate.Format(from.Day), IsoDate.Format(to.Day), context.Language, inputs);
        var citations = CitationBuilder.Distinct(events.Select(e => CitationBuilder.ForFact(e.Sources, context)));
        if (citations.Count == 0)
        {
            // Two dates of the question's own: nothing of the sources is used, so the answer is a plain date calculation.
            return null;
        }

        var asOf = CitationBuilder.AsOf(citations);
        var zh = context.Language == Languages.Chinese;
        var text = zh
            ? $"从{Describe(from, context.Language)}到{Describe(to, context.Language)}共{result.Display}{AnswerPhrases.AsReported(asOf, context.Language)}。"
            : $"{result.Display} from {Describe(from, context.Language)} to {Describe(to, context.Language)}{AnswerPhrases.AsReported(asOf, context.Language)}.";
        if (events.Any(e => e.Planned))
        {
            text += zh ? "其中的日期是报道时的计划。" : " Planned dates are the plans as reported then.";
        }

        return new ComposedAnswer(AnswerStatus.Answered, text, citations, [result.ToCalculation()], asOf, [$"days: {result.Expression} = {result.Result}"]);
    }

    private string Describe(End end, string language)
    {
        var day = formatter.FormatPeriod(end.Day, end.Day, language);
        if (end.Label == day)
        {
            return day;
        }

        return language == Languages.Chinese ? $"{end.Label}（{day}）" : $"{end.Label} ({day})";
    }

    // A period counts from its first day, unless the question asks for its end ("the end of 2026", "2026年底").
    private End Stated(string question, Figure date, string language)
    {
        var around = question.Substring(Math.Max(0, date.Start - 12), Math.Min(question.Length, date.Start + date.Length + 6) - Math.Max(0, date.Start - 12));
        var day = EndWords().IsMatch(date.Surface) || EndWords().IsMatch(around) && !StartWords().IsMatch(around) ? date.To!.Value : date.From!.Value;
        return new End(day, formatter.Format(date, language), null);
    }

    // The dated milestones the question names, matched on its words without the dates it states ("the end of 2026" must
    // not pick the milestone planned for the end of 2026 as the other end). A second milestone must match what the first
    // leaves of the question ("from the announcement until the first deliveries").
    private IEnumerable<End> Milestones(ComposeContext context, int count)
    {
        var terms = QuestionTerms.DaysTopic(context.Matcher, context.Question).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var candidates = context.Facts.Events.Where(e => e.From is not null).ToList();
        for (var found = 0; found < count && terms.Count > 0; found++)
        {
            var best = candidates
                .Select((e, i) => (Event: e, Score: context.Matcher.Score(terms, e) - (i * 0.001)))
                .Where(x => x.Score >= MilestoneScore)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Event is not { } e)
            {
                yield break;
            }

            candidates.Remove(e);
            foreach (var term in terms.Keys.Where(t => context.Matcher.Score(new Dictionary<string, double> { [t] = 1 }, e) > 0).ToList())
            {
                terms.Remove(term);
            }

            var what = e.What.For(context.Language);
            var headline = what.Split([':', '：'], 2)[0].Trim();
            var day = EndWords().IsMatch(what) && e.To is { } last ? last : e.From!.Value;
            yield return new End(day, headline, e);
        }
    }

    [GeneratedRegex(@"\bend\b|\blate\b|\bclose of\b|底|末|结束", RegexOptions.IgnoreCase)]
    private static partial Regex EndWords();

    [GeneratedRegex(@"\b(start|beginning|begin)\b|开始|初|起", RegexOptions.IgnoreCase)]
    private static partial Regex StartWords();

    private sealed record End(DateOnly Day, string Label, TimelineEvent? Event);
}
