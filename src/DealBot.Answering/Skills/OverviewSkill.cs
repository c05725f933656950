using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers "explain it", "eli5", "what did they agree on", "通俗讲讲": the story in short, from the facts the
/// moderators marked as headline (the amount, the capacity, the first tranche and its valuation, the first phase),
/// each cited. A question that asks about something narrower is left to the skills that answer it.
/// </summary>
internal sealed class OverviewSkill(FigureFormatter formatter, Replies.Replies replies) : IAnswerSkill
{
    public string Name => "overview";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        if (frame.Asked != AnswerType.Overview && !frame.Has("ask.explain"))
        {
            return null;
        }

        var facts = context.Knowledge.Facts;
        var figures = facts.Figures.Where(f => f.Headline).ToList();
        var events = facts.Events.Where(e => e.Headline && e.From is not null).OrderBy(e => e.From).ToList();
        if (figures.Count == 0)
        {
            return null;
        }

        var language = context.Language;
        var zh = language == Languages.Chinese;
        var lines = figures.Select(f =>
        {
            var value = formatter.Format(f.Kind, f.Value, f.Unit, f.Qualifier, language);
            var note = f.Note?.For(language);
            return zh ? $"{f.Label.For(language)}：{value}{(string.IsNullOrWhiteSpace(note) ? string.Empty : $"（{note}）")}" : $"{f.Label.For(language)}: {value}{(string.IsNullOrWhiteSpace(note) ? string.Empty : $", {note}")}";
        }).Concat(events.Select(e => zh ? $"{EventPeriods.Of(e, formatter, language)}：{e.What.For(language)}" : $"{EventPeriods.Of(e, formatter, language)}: {e.What.For(language)}"));
        var citations = Citations.Distinct(figures.SelectMany(f => Citations.ForFactAll(f.Sources, context)).Concat(events.SelectMany(e => Citations.ForFactAll(e.Sources, context))));
        var asOf = Citations.AsOf(citations);
        var month = asOf is { } date ? replies.Month(date, language) : string.Empty;
        var text = replies.Get("overview.intro", language, ("month", month)) + "\n" + string.Join("\n", lines.Select(l => "- " + l));

        // How much of what the question is about the headline facts cover: "explain the deal" all of it, "explain the
        // circularity worry" little, which the reason and view skills answer better.
        var covered = context.Knowledge.Matcher.Score(context.Terms, figures.SelectMany(FactScoring.TextsOf).Concat(events.SelectMany(e => new[] { e.What.En, e.What.Zh })));
        var score = context.Subjects.Count > 0 ? 0.4 : 0.55 + (0.3 * covered);
        var answer = new ComposedAnswer(AnswerStatus.Answered, context.Own(text), citations, [], asOf, [$"overview: {figures.Count} headline figures, {events.Count} milestones (covers {covered:0.00})"]);
        var result = new TurnResult(Name) { FactIds = figures.Select(f => f.Id).Concat(events.Select(e => e.Id)).ToList() };
        return new SkillBid(Name, score, answer, result);
    }
}
