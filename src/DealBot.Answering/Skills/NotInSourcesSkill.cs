using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;

namespace DealBot.Answering.Skills;

/// <summary>
/// Says so when the sources do not cover what is asked, with what they do say nearest to it: a figure of a company
/// other than the deal's parties that no fact or sentence states (SoftBank's stake, Oracle's cloud contract), what
/// happened after the reporting date ("did they ever sign?"), a prediction, or a count of something the sources never
/// count. It bids low enough that any skill with a real answer wins.
/// </summary>
internal sealed class NotInSourcesSkill(Replies.Replies replies) : IAnswerSkill
{
    private const double Confident = 0.7;

    public string Name => "not-in-sources";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        var figureAsked = frame.Asked is AnswerType.Amount or AnswerType.Percent or AnswerType.Count or AnswerType.Power;
        var language = context.Language;
        var month = context.Knowledge.Newest is { } newest ? replies.Month(newest, language) : string.Empty;
        string? reason = null;
        string? key = null;
        if (frame.Has("frame.future") && !frame.Has("frame.hypothetical") && frame.Asked is not (AnswerType.Date or AnswerType.Days))
        {
            (key, reason) = ("not_in_sources.future", "a prediction");
        }
        else if (frame.Has("frame.later") && !frame.Has("frame.hypothetical") && frame.Asked is AnswerType.YesNo or AnswerType.Attribute or AnswerType.Unknown && !frame.HasAny("ask.when", "ask.explain"))
        {
            (key, reason) = ("not_in_sources.later", "after the reporting date");
        }
        else if (figureAsked && (context.Subjects.Count > 0 || frame.Quantities.Target.Counted is not null) && !Quantified(context))
        {
            (key, reason) = ("not_in_sources.entity", "a figure of something the sources do not quantify");
        }

        if (key is null)
        {
            return null;
        }

        var entity = context.Subjects.Select(s => context.Knowledge.Facts.Glossary.FirstOrDefault(g => g.Id == s)).OfType<Core.Facts.GlossaryEntry>()
            .Select(g => (language == Languages.Chinese ? g.Chinese : g.English).FirstOrDefault() ?? g.Id).FirstOrDefault() ?? frame.Quantities.Target.Counted?.Display.For(language) ?? string.Empty;
        var text = replies.Get(key, language, ("entity", entity), ("month", month));
        var nearest = Nearest(context);
        var citations = new List<Citation>();
        if (nearest is not null)
        {
            text += replies.Get("not_in_sources.nearest", language, ("quote", nearest.Sentence));
            citations.Add(Citations.ForPassage(nearest.Passage, nearest.Sentence));
        }

        var answer = new ComposedAnswer(AnswerStatus.NotInSources, context.Own(text), citations, [], nearest?.Passage.Published, [$"not in sources: {reason}"]);
        return new SkillBid(Name, Confident, answer, new TurnResult(Name));
    }

    // A curated figure of the asked kind names what the question is about: the figure skill answers it.
    private static bool Quantified(SkillContext context)
    {
        var kinds = FigureSkill.Kinds(context.Frame);
        return FigureSkill.Facts(context, kinds).Any(x => x.Score >= FactScoring.MinimumScore);
    }

    // The sentence nearest to the question that names what it is about, as context for "the sources don't say".
    private static SentenceCandidate? Nearest(SkillContext context) =>
        SentencePicker.Candidates(context)
            .Where(c => c.Coverage >= 0.3 && (context.Subjects.Count == 0 || FigureSkill.Covers(context, context.Subjects, [c.Sentence])) && c.InLanguage(context.Language))
            .OrderByDescending(c => SentencePicker.Score(c, context.Language))
            .FirstOrDefault();
}
