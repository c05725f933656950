using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers "why" and "how come": the sentences of the retrieved passages that give the reasoning (they cover the
/// question and say because, in order to, worried that, could… in either language), with the view behind them when
/// one matches. After an answer, a bare "why?" asks for the reasoning behind what that answer said.
/// </summary>
internal sealed class ReasonSkill(Phrasebook phrasebook, Replies.Replies replies) : IAnswerSkill
{
    private const double Minimum = 0.25;
    private const double ReasoningBonus = 0.15;
    private const int MostSentences = 3;

    // A further sentence joins only when it covers nearly as much of the question as the best one.
    private const double CompanionRatio = 0.75;

    public string Name => "reason";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        if (frame.Asked != AnswerType.Reason && !frame.Has("ask.why"))
        {
            return null;
        }

        var terms = Terms(context);
        var scoped = context with { Frame = frame with { Terms = terms } };
        var candidates = SentencePicker.Candidates(scoped)
            .Select(c => (Candidate: c, Score: SentencePicker.Score(c, context.Language) + (Explains(c.Sentence) ? ReasoningBonus : 0)))
            .Where(x => x.Candidate.Coverage >= Minimum && FigureSkill.Covers(context, context.Subjects, [x.Candidate.Sentence]) && (!Repeats(frame, x.Candidate.Sentence) || Explains(x.Candidate.Sentence)))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // One sentence per article pair: the parallel article in the other language says the same thing.
        var chosen = new List<SentenceCandidate>();
        var top = candidates[0].Score;
        foreach (var (candidate, score) in candidates)
        {
            if (chosen.Count >= MostSentences || (chosen.Count > 0 && score < top * CompanionRatio) || chosen.Any(c => c.Sentence == candidate.Sentence || (c.Passage.Language != candidate.Passage.Language)))
            {
                continue;
            }

            chosen.Add(candidate);
        }

        var language = context.Language;

        // The view behind the reasoning, when one matches: an antitrust worry is Barlow's, in his words.
        var view = FactScoring.Views(scoped).FirstOrDefault(v => v.Score >= FactScoring.MinimumScore && !chosen.Any(c => v.View.Sources.Any(s => c.Sentence.Contains(s.Quote, StringComparison.Ordinal) || s.Quote.Contains(c.Sentence, StringComparison.Ordinal)))).View;
        var citations = Citations.Distinct([.. chosen.Select(c => Citations.ForPassage(c.Passage, c.Sentence)), .. view is null ? [] : Citations.ForFactAll(view.Sources, context, 1)]);
        var asOf = Citations.AsOf(citations);
        var foreign = chosen.Any(c => c.Passage.Language != language);
        var quotes = string.Join(language == Languages.Chinese || foreign && chosen[0].Passage.Language == Languages.Chinese ? string.Empty : " ", chosen.Select(c => c.Sentence));
        var prefix = foreign ? replies.Get("according_to", language, ("title", chosen[0].Passage.Title)) : replies.Get("reason.intro", language);
        var opinion = view is null ? string.Empty : (language == Languages.Chinese ? string.Empty : " ") + context.Own(replies.Get("who_said", language, ("who", Who(view, language)), ("said", view.Said.For(language))));
        var text = context.Own(prefix) + quotes + opinion + context.Own(replies.AsReported(asOf, language));
        var best = candidates[0].Candidate.Coverage;
        var answer = new ComposedAnswer(AnswerStatus.Answered, text, citations, [], asOf, [$"reason: {string.Join(", ", chosen.Select(c => $"{c.Passage.SourceId}#{c.Passage.Position}"))} (coverage {best:0.00})"]);
        return new SkillBid(Name, 0.55 + (0.35 * Math.Min(1, best)), answer, new TurnResult(Name) { ValueLabel = quotes });
    }

    // "why?" on its own asks about what the previous answer said.
    private static IReadOnlyDictionary<string, double> Terms(SkillContext context)
    {
        var frame = context.Frame;
        if (!frame.IsFollowUp || frame.PreviousResult?.ValueLabel is not { Length: > 0 } said)
        {
            return frame.Terms;
        }

        var terms = frame.Terms.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        foreach (var (term, weight) in context.Knowledge.Matcher.QuestionWeights(said))
        {
            terms[term] = Math.Max(terms.GetValueOrDefault(term), weight * 0.7);
        }

        return terms;
    }

    private static string Who(Core.Facts.AttributedView view, string language)
    {
        var person = view.Person.For(language);
        var affiliation = view.Affiliation.For(language);
        return string.IsNullOrWhiteSpace(affiliation) ? person : language == Languages.Chinese ? $"{person}（{affiliation}）" : $"{person} ({affiliation})";
    }

    // "why?" asks for more than the answer it follows: that answer's own sentence is not the reason.
    // "why?" after an answer asks for more than the answer already said, unless what it said holds the reasoning
    // ("…to lower its costs"): then that is the answer to why.
    private static bool Repeats(QuestionFrame frame, string sentence) =>
        frame.IsFollowUp && frame.PreviousResult is { } previous
        && (previous.Citations.Any(c => c.Quote.Contains(sentence, StringComparison.Ordinal) || sentence.Contains(c.Quote, StringComparison.Ordinal))
            || (previous.ValueLabel?.Contains(sentence, StringComparison.Ordinal) ?? false));

    private bool Explains(string sentence) => phrasebook.Find(sentence.ToLowerInvariant()).Any(c => c.Cue == "reason.marker");
}
