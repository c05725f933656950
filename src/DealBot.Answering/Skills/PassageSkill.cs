using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers descriptive questions ("what is Stargate", "which platform", "how does the money move", "is this legal?")
/// with the sentence of the retrieved passages that covers the question best and holds what it asks for (a name for
/// "who", a date for "when"), in the question's language when the parallel article has it.
/// </summary>
internal sealed class PassageSkill(Replies.Replies replies, Phrasebook phrasebook, FactQuantities quantities) : IAnswerSkill
{
    private const double Minimum = 0.3;
    private const double TypeBonus = 0.1;

    public string Name => "passage";

    public SkillBid? Bid(SkillContext context)
    {
        var candidates = SentencePicker.Candidates(context);
        var ranked = candidates
            .Where(c => FigureSkill.Fits(context, [c.Sentence]))
            .Select(c => c with { Coverage = c.Coverage * ContentFactor(context, c.Sentence) })
            .Where(c => c.Coverage >= Minimum)
            .Select(c => (Candidate: c, Score: SentencePicker.Score(c, context.Language) + TypeFit(context, c)))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var sentence = ranked[0].Candidate;
        var quote = SentencePicker.Quote(sentence, candidates, Minimum * 0.8);

        // Background questions ("what's the regulators' side of it?") often take two sentences of one article.
        var more = ranked.Skip(1).Select(x => x.Candidate)
            .Where(c => c.Passage.Language == sentence.Passage.Language && c.Coverage >= sentence.Coverage * CompanionRatio && !quote.Contains(c.Sentence, StringComparison.Ordinal))
            .Take(MostCompanions)
            .ToList();
        var quotes = new List<(SentenceCandidate Candidate, string Quote)> { (sentence, quote) };
        quotes.AddRange(more.Select(c => (c, c.Sentence)));
        var joiner = sentence.Passage.Language == Core.Documents.Languages.Chinese ? string.Empty : " ";
        var body = string.Join(joiner, quotes.Select(q => q.Quote));
        var prefix = sentence.Passage.Language == context.Language ? string.Empty : context.Own(replies.Get("according_to", context.Language, ("title", sentence.Passage.Title)));
        var citations = Citations.Distinct(quotes.Select(q => Citations.ForPassage(q.Candidate.Passage, q.Quote)));
        var asOf = Citations.AsOf(citations);
        var text = prefix + body + context.Own(replies.AsReported(asOf, context.Language));
        var answer = new ComposedAnswer(AnswerStatus.Answered, text, citations, [], asOf, [$"passage: {string.Join(", ", quotes.Select(q => $"{q.Candidate.Passage.SourceId}#{q.Candidate.Passage.Position}"))} (coverage {sentence.Coverage:0.00})"]);
        var items = context.Knowledge.Glossary.Find(body).Where(m => m.Entry.Kind is "person" or "company").Select(m => new ListedItem(m.Entry.Id, m.Entry.Id, m.Entry.English.FirstOrDefault() ?? m.Entry.Id)).DistinctBy(i => i.Id).ToList();
        // A quoted sentence is the general answer: for a question that expects a date or a figure, the skills that
        // find dated milestones and curated figures answer first when they can.
        var ceiling = context.Frame.Asked is AnswerType.Date or AnswerType.Amount or AnswerType.Percent or AnswerType.Count or AnswerType.Power or AnswerType.Multiple or AnswerType.Days or AnswerType.Who or AnswerType.View ? TypedCeiling : Ceiling;

        // "who at openai runs the infra there?" about a later article: the person it names is the answer, not whoever
        // the curated views quote, which were written before that article.
        if (context.Frame.Asked is AnswerType.Who && TypeFit(context, sentence) > 0 && !context.Knowledge.CuratedArticles.Contains(sentence.Passage.SourceId)
            && (sentence.Coverage >= LaterWhoCoverage || context.FocusedArticles().Contains(sentence.Passage.SourceId)))
        {
            ceiling = LaterWhoCeiling;
        }

        // A quote stating one amount ("a commitment of US$5 billion to Intel") gives "that" in the next question.
        var stated = quotes.SelectMany(q => q.Candidate.Figures.Where(f => f.Kind is not (FigureKind.Date or FigureKind.Multiple) && q.Quote.Contains(f.Surface, StringComparison.Ordinal))
                .Select(f => quantities.Of(f, q.Quote)))
            .OfType<Quantities.Quantity>()
            .DistinctBy(q => (q.Value, q.Dimension))
            .ToList();
        var value = stated.Count == 1 ? stated[0] : null;
        return new SkillBid(Name, Math.Min(ceiling, 0.3 + (0.5 * sentence.Coverage) + TypeFit(context, sentence)), answer, new TurnResult(Name) { ValueLabel = body, Items = items, Value = value });
    }

    private const double CompanionRatio = 0.8;
    private const double ContentWeight = 1.2;
    private const double Ceiling = 0.78;
    private const double TypedCeiling = 0.62;
    private const int MostCompanions = 1;
    private const double LaterWhoCeiling = 0.74;
    private const double LaterWhoCoverage = 0.5;

    private static double ContentFactor(SkillContext context, string sentence)
    {
        var content = context.Frame.ContentTerms;
        return content.Values.Sum() >= ContentWeight && context.Knowledge.Matcher.Score(content, [sentence]) == 0 ? 0.6 : 1;
    }

    // "数十亿美元", "billions of dollars": an amount too vague to be a figure still answers "how much".
    private bool NamesAmount(string sentence) => phrasebook.Find(sentence.ToLowerInvariant()).Any(c => c.Cue == "amount.words");

    // What the question asks for is in the sentence: a name for "who", a date for "when", a figure for "how much".
    private double TypeFit(SkillContext context, SentenceCandidate candidate) => context.Frame.Asked switch
    {
        AnswerType.Who => context.Knowledge.Glossary.Find(candidate.Sentence).Any(m => m.Entry.Kind is "person" or "company" && !context.Frame.EntityIds.Contains(m.Entry.Id))
            || (!context.Knowledge.CuratedArticles.Contains(candidate.Passage.SourceId) && ProperNames.Gives(candidate.Sentence, context.Frame.Text.Text)) ? TypeBonus : 0,
        AnswerType.Date => candidate.States(FigureKind.Date) ? TypeBonus : 0,
        AnswerType.Amount => candidate.States(FigureKind.Money) || NamesAmount(candidate.Sentence) ? TypeBonus : 0,
        AnswerType.Percent => candidate.States(FigureKind.Percent) ? TypeBonus : 0,
        AnswerType.List => candidate.Enumerates ? TypeBonus : 0,
        _ => 0,
    };

}
