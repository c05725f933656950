using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers "when" with a milestone of the timeline: its period, or the condition it waits on ("once a definitive
/// agreement is signed"), with a note that planned dates were plans as reported; or with a retrieved sentence stating
/// a date when it answers better (a milestone of an article added later).
/// </summary>
internal sealed class EventSkill(FigureFormatter formatter, Replies.Replies replies) : IAnswerSkill
{
    public string Name => "event";

    public SkillBid? Bid(SkillContext context)
    {
        if (context.Frame.Asked != AnswerType.Date)
        {
            return null;
        }

        var subjects = context.Subjects;
        var best = FactScoring.Events(context).Where(x => FigureSkill.Covers(context, subjects, [x.Event.What.En, x.Event.What.Zh])).FirstOrDefault();
        var sentence = SentencePicker.Candidates(context)
            .Where(c => c.States(FigureKind.Date) && c.Coverage >= 0.3 && FigureSkill.Covers(context, subjects, [c.Sentence]))
            .OrderByDescending(c => SentencePicker.Score(c, context.Language))
            .FirstOrDefault();
        if (best.Event is { } e && best.Score >= FactScoring.MinimumScore
            && (sentence is null || !EvidenceArbiter.SentenceWins(context, [e.What.En, e.What.Zh], best.Score, e.AsOf, sentence)))
        {
            return FromEvent(context, e, best.Score);
        }

        if (sentence is null)
        {
            return null;
        }

        var citation = Citations.ForPassage(sentence.Passage, sentence.Sentence);
        var prefix = sentence.Passage.Language == context.Language ? string.Empty : context.Own(replies.Get("according_to", context.Language, ("title", sentence.Passage.Title)));
        var text = prefix + sentence.Sentence + context.Own(replies.AsReported(sentence.Passage.Published, context.Language));
        var answer = new ComposedAnswer(AnswerStatus.Answered, text, [citation], [], sentence.Passage.Published, [$"event from passage: {sentence.Passage.SourceId}#{sentence.Passage.Position}"]);
        var day = DateInSentence.Nearest(context, DateInSentence.Placing(context, context.Terms), sentence.Sentence, sentence.Figures, sentence.Passage.Language);
        context.Note($"event: the sentence's date nearest what is asked: {day?.Surface ?? "none"}");
        var result = new TurnResult(Name)
        {
            ValueLabel = sentence.Sentence,
            Day = day is null ? null : new AnsweredDay(day.From!.Value, formatter.Format(day, context.Language), null, citation),
        };
        return new SkillBid(Name, 0.5 + (0.35 * Math.Min(1, sentence.Coverage)), answer, result);
    }

    private SkillBid FromEvent(SkillContext context, TimelineEvent e, double score)
    {
        var language = context.Language;
        var zh = language == Languages.Chinese;
        var period = EventPeriods.Of(e, formatter, language);
        var citations = Citations.ForFactAll(e.Sources, context, 3);
        var asOf = Citations.AsOf(citations) ?? e.AsOf;
        var what = e.What.For(language);
        var reported = replies.AsReported(asOf, language);
        // A milestone that waits on a condition ("once a definitive agreement is signed") is told with the source
        // sentence that states the condition.
        var condition = period is null ? citations.FirstOrDefault()?.Quote : null;
        var text = period is not null ? (zh ? $"{what}：{period}{reported}。" : $"{what}: {period}{reported}.")
            : condition is not null ? (zh ? $"{what}：{condition}{reported}。" : $"{what}: {condition.TrimEnd('.')}{reported}.")
            : $"{what}{reported}{(zh ? "。" : ".")}";
        if (e.Planned)
        {
            text += e.To is { } end && context.Knowledge.Today > end ? replies.Get("plan.past", language) : replies.Get("plan.future", language);
        }

        var answer = new ComposedAnswer(AnswerStatus.Answered, context.Own(text), citations, [], asOf, [$"event: {e.Id} (score {score:0.00})"]);
        var result = new TurnResult(Name)
        {
            ValueLabel = what,
            FactIds = [e.Id],
            Items = [new ListedItem(e.Id, null, what)],
            Day = e.From is { } from ? new AnsweredDay(from, what.Split([':', '：'], 2)[0].Trim(), e.Id, null) : null,
        };
        return new SkillBid(Name, 0.5 + (0.4 * Math.Min(1, score)), answer, result);
    }
}
