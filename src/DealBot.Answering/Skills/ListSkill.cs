using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers questions that ask for every item of a kind, completely: "which stocks moved" lists every share move,
/// "key numbers" the headline figures, "the timeline" every dated milestone in order, and otherwise every curated
/// figure and milestone that matches the question nearly as well as the best one.
/// </summary>
internal sealed class ListSkill(FigureFormatter formatter, Replies.Replies replies) : IAnswerSkill
{
    private const int MostListed = 8;
    private const double KeepRatio = 0.6;
    private const double ListedCoverage = 0.5;

    public string Name => "list";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        var asks = frame.Asked == AnswerType.List || frame.HasAny("ask.list", "list.numbers", "list.timeline");
        if (!asks || frame.Asked is AnswerType.Who or AnswerType.View || frame.Has("ask.view"))
        {
            return null;
        }

        var items = Items(context);
        if (items.Count < 2)
        {
            return null;
        }

        var language = context.Language;
        var citations = Citations.Distinct(items.SelectMany(i => i.Citations));
        var asOf = Citations.AsOf(citations);
        var lines = items.Select(i => "- " + i.Line);
        var text = replies.Get("list.intro", language) + "\n" + string.Join("\n", lines) + "\n" + replies.AsReported(asOf, language).Trim();
        var answer = new ComposedAnswer(AnswerStatus.Answered, context.Own(text), citations, [], asOf, [$"list: {string.Join(", ", items.Select(i => i.Id))}"]);
        var result = new TurnResult(Name) { Items = items.Select(i => new ListedItem(i.Id, i.Entity, i.Line)).ToList(), FactIds = items.Select(i => i.Id).ToList() };
        return new SkillBid(Name, 0.85, answer, result);
    }

    private List<Item> Items(SkillContext context)
    {
        var frame = context.Frame;
        var facts = context.Knowledge.Facts;
        if (frame.Has("list.timeline") || frame.Asked == AnswerType.Date || frame.Has("ask.when"))
        {
            return [.. facts.Events.Where(e => e.From is not null).OrderBy(e => e.From).Select(e => Event(context, e))];
        }

        if (frame.Has("list.numbers"))
        {
            var headline = facts.Figures.Where(f => f.Headline).ToList();
            return [.. (headline.Count >= 2 ? headline : facts.Figures.Take(6)).Select(f => Figure(context, f))];
        }

        var kinds = FigureSkill.Kinds(frame);
        if (frame.Has("topic.stock") && !kinds.Contains(FigureKind.Money))
        {
            kinds = new HashSet<FigureKind> { FigureKind.Percent };
        }

        var figures = FactScoring.Figures(context, f => kinds.Count == 0 || kinds.Contains(f.Kind));
        var top = figures.FirstOrDefault().Score;
        if (top < FactScoring.MinimumScore / 2)
        {
            return [];
        }

        // A retrieved sentence that names several things and covers the question better than any curated figure is
        // the list asked for ("which chip buyers filed the complaint?"): the passage skill quotes it.
        if (SentencePicker.Candidates(context).Any(c => c.Enumerates && c.Coverage >= ListedCoverage && c.Coverage > Math.Min(1, top)))
        {
            return [];
        }

        var kept = figures.Where(x => x.Score >= Math.Max(FactScoring.MinimumScore / 2, top * KeepRatio)).Take(MostListed).Select(x => Figure(context, x.Figure)).ToList();
        if (kinds.Count == 0)
        {
            var events = FactScoring.Events(context);
            kept.AddRange(events.Where(x => x.Score >= Math.Max(FactScoring.MinimumScore, top * KeepRatio)).Take(MostListed - kept.Count).Select(x => Event(context, x.Event)));
        }

        return kept;
    }

    private Item Figure(SkillContext context, FactFigure f)
    {
        var language = context.Language;
        var value = formatter.Format(f.Kind, f.Value, f.Unit, f.Qualifier, language);
        var line = language == Languages.Chinese ? $"{f.Label.For(language)}：{value}" : $"{f.Label.For(language)}: {value}";
        var entity = context.Knowledge.Glossary.Find(f.Label.En).Select(m => m.Entry).FirstOrDefault(e => e.Kind == "company")?.Id;
        return new Item(f.Id, entity, line, Citations.ForFactAll(f.Sources, context));
    }

    private Item Event(SkillContext context, TimelineEvent e)
    {
        var language = context.Language;
        var period = EventPeriods.Of(e, formatter, language) ?? e.When;
        var line = language == Languages.Chinese ? $"{period}：{e.What.For(language)}" : $"{period}: {e.What.For(language)}";
        return new Item(e.Id, null, line, Citations.ForFactAll(e.Sources, context));
    }

    private sealed record Item(string Id, string? Entity, string Line, IReadOnlyList<Citation> Citations);
}
