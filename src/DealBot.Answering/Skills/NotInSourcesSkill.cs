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
internal sealed class NotInSourcesSkill(Replies.Replies replies, Phrasebook phrasebook) : IAnswerSkill
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
        var confidence = Confident;
        string? unreported = null;
        if (Unreported(context) is { } attribute)
        {
            // "輝達最新一季營收多少？", "黄仁勋今年多大？": something no fact and no retrieved sentence reports at all.
            (key, reason, unreported, confidence) = ("not_in_sources.attribute", "an attribute the sources never report", attribute, Certain);
        }
        else if (frame.Has("frame.future") && !frame.Has("frame.hypothetical") && frame.Asked is not (AnswerType.Date or AnswerType.Days))
        {
            // A price asked of the future is a prediction whatever figures of the past match it.
            (key, reason, confidence) = ("not_in_sources.future", "a prediction", frame.Has("topic.stock") ? Certain : Confident);
        }
        else if (OtherDeal(context) is { } company)
        {
            (key, reason, unreported, confidence) = ("not_in_sources.other_deal", "another company's deal", company, AboveQuotes);
        }
        else if (frame.Has("frame.later") && !frame.Has("frame.hypothetical") && frame.Asked is AnswerType.YesNo or AnswerType.Attribute or AnswerType.Unknown && !frame.HasAny("ask.when", "ask.explain")
            && !LaterArticleAnswers(context))
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

        var entity = unreported ?? context.Subjects.Select(s => context.Knowledge.Facts.Glossary.FirstOrDefault(g => g.Id == s)).OfType<Core.Facts.GlossaryEntry>()
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
        return new SkillBid(Name, confidence, answer, new TurnResult(Name));
    }

    // Above any figure the question only half matches.
    private const double Certain = 0.92;

    // Above a quoted sentence that merely names the company.
    private const double AboveQuotes = 0.8;

    // The thing asked about ("revenue", "营收", "how old") when neither a curated fact nor a retrieved passage uses it.
    private static string? Unreported(SkillContext context)
    {
        foreach (var hit in context.Frame.Cues.Where(c => c.Cue == "ask.attribute"))
        {
            var terms = context.Knowledge.Matcher.QuestionWeights(hit.Phrase);
            if (terms.Count == 0)
            {
                continue;
            }

            var used = context.Knowledge.FactTerms.Overlaps(terms.Keys) || context.Passages.Any(p => context.Knowledge.Matcher.Score(terms, [p.Passage.Text]) > 0);
            if (!used)
            {
                return context.Frame.Text.Text.Substring(hit.Start, hit.Length);
            }
        }

        return null;
    }

    // "AMD和OpenAI签了什么协议？": a deal of a company other than the parties, which no fact or sentence describes.
    private string? OtherDeal(SkillContext context)
    {
        var companies = context.Frame.Entities.Where(e => e.Entry.Kind == "company" && !context.Knowledge.CoreEntities.Contains(e.Entry.Id)).Select(e => e.Entry).DistinctBy(e => e.Id).ToList();
        if (!context.Frame.Has("topic.deal") || companies.Count != 1 || context.Frame.Asked is AnswerType.View or AnswerType.Who or AnswerType.Reason or AnswerType.YesNo)
        {
            return null;
        }

        var company = companies[0];
        var texts = context.Knowledge.Facts.Figures.Select(f => f.Label.En + " " + f.Label.Zh)
            .Concat(context.Knowledge.Facts.Events.Select(e => e.What.En + " " + e.What.Zh))
            .Concat(SentencePicker.Candidates(context).Select(c => c.Sentence));
        var described = texts.Any(t => FactScoring.Names(context, company.Id, [t]) && phrasebook.Find(Core.Text.ChineseScript.ToSimplified(t).ToLowerInvariant()).Any(c => c.Cue == "topic.deal"));
        return described ? null : (context.Language == Languages.Chinese ? company.Chinese.FirstOrDefault() : company.English.FirstOrDefault()) ?? company.Id;
    }

    // "did they ever sign?" once an article added later reports the signing: what happened after the curated coverage
    // is in the sources now, and the skills that quote sentences answer it.
    private static bool LaterArticleAnswers(SkillContext context) =>
        SentencePicker.Candidates(context).Any(c => c.Coverage >= LaterCoverage && !context.Knowledge.CuratedArticles.Contains(c.Passage.SourceId));

    private const double LaterCoverage = 0.6;

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
