using DealBot.Answering.Analysis;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Core.Text;

namespace DealBot.Answering.Composition;

/// <summary>
/// Answers from the retrieved passages themselves: the sentences that best cover the question (and state a figure of
/// the kind asked for), quoted with their source. This is what answers articles that moderators add later, which have
/// no curated facts.
/// </summary>
internal sealed class ExtractiveComposer
{
    public const double MinimumScore = 0.3;

    // Retrieval's order breaks near-ties; it must not outvote a sentence that covers clearly more of the question
    // (the one sentence of an added article that names "the second investment" against a first-ranked general one).
    private const double RankWeight = 0.1;

    public ComposedAnswer? Compose(ComposeContext context)
    {
        var kinds = FactSelector.AskedKinds(context.Question);
        var wantsDate = context.Question.Has(Intent.When);
        var candidates = new List<(Core.Documents.Passage Passage, string Sentence, double Score, int Index)>();
        for (var rank = 0; rank < Math.Min(6, context.Passages.Count); rank++)
        {
            var passage = context.Passages[rank].Passage;
            var sentences = SentenceSplitter.Split(passage.Text);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var score = context.Matcher.Score(context.Terms, [sentence]) + (RankWeight / (1 + rank));
                var figures = passage.Figures.Where(f => sentence.Contains(f.Surface, StringComparison.Ordinal)).ToList();
                if (figures.Any(f => kinds.Contains(f.Kind)) || (wantsDate && figures.Any(f => f.Kind == FigureKind.Date)))
                {
                    score += 0.15;
                }

                if (passage.Language == context.Language)
                {
                    score += 0.1;
                }

                candidates.Add((passage, sentence, score, i));
            }
        }

        var best = candidates.OrderByDescending(c => c.Score).FirstOrDefault();
        if (best.Passage is null || best.Score < MinimumScore)
        {
            return null;
        }

        // A short sentence often leans on the next one ("..., it said. The first phase ..."): keep the pair together.
        var quote = best.Sentence;
        var next = candidates.FirstOrDefault(c => c.Passage == best.Passage && c.Index == best.Index + 1);
        if (quote.Length < 90 && next.Passage is not null && next.Score >= MinimumScore * 0.8)
        {
            quote = $"{quote}{(best.Passage.Language == Languages.Chinese ? string.Empty : " ")}{next.Sentence}";
        }

        var citation = CitationBuilder.ForPassage(best.Passage, quote);
        var asOf = best.Passage.Published;
        var text = context.Language == Languages.Chinese
            ? $"{(best.Passage.Language == Languages.Chinese ? string.Empty : $"据《{best.Passage.Title}》：")}{quote}{AnswerPhrases.AsReported(asOf, context.Language)}"
            : $"{(best.Passage.Language == Languages.English ? string.Empty : $"According to \"{best.Passage.Title}\": ")}{quote}{AnswerPhrases.AsReported(asOf, context.Language)}";
        return new ComposedAnswer(AnswerStatus.Answered, text, [citation], [], asOf, [$"extract: {best.Passage.SourceId}#{best.Passage.Position} (score {best.Score:0.00})"]);
    }
}
