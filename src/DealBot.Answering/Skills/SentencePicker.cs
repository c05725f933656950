using DealBot.Core.Documents;
using DealBot.Core.Figures;
using DealBot.Core.Text;

namespace DealBot.Answering.Skills;

/// <summary>A sentence of a retrieved passage, with how much of the question it covers and the figures it states.</summary>
internal sealed record SentenceCandidate(Passage Passage, string Sentence, int Index, int Rank, double Coverage, IReadOnlyList<Figure> Figures)
{
    public bool InLanguage(string language) => Passage.Language == language;

    public bool States(FigureKind kind) => Figures.Any(f => f.Kind == kind);

    // "the European Commission, the UK CMA, the Japan Fair Trade Commission and the US FTC", "甲、乙和丙": three or
    // more things named in a row answer "which … ? list them".
    // Without a colon to open the list, more commas are asked for, since dates have them too ("On June 30, 2026, …").
    public bool Enumerates
    {
        get
        {
            // "甲、乙和丙": the last item joins with 和 (or 及, 以及).
            var pause = Sentence.LastIndexOf('、');
            if (pause >= 0 && Sentence.Count(c => c == '、') + (Sentence.IndexOfAny(['和', '及'], pause) > pause ? 1 : 0) >= ListSeparators)
            {
                return true;
            }

            var colon = Sentence.IndexOf(':', StringComparison.Ordinal);
            var list = colon >= 0 ? Sentence[(colon + 1)..] : Sentence;
            var commas = list.Split(", ").Length - 1;
            var joined = list.LastIndexOf(" and ", StringComparison.Ordinal) > list.LastIndexOf(", ", StringComparison.Ordinal);
            return colon >= 0 ? commas + (joined ? 1 : 0) >= ListSeparators : commas >= UnopenedCommas && joined;
        }
    }

    private const int ListSeparators = 2;
    private const int UnopenedCommas = 3;
}

/// <summary>
/// The sentences of the retrieved passages, scored against the question: the weighted share of its topic terms each
/// covers (entities, figures, words and Chinese bigrams, in either language), with small nudges for retrieval's
/// rank and for the question's language (the knowledge base has parallel articles).
/// </summary>
internal static class SentencePicker
{
    private const int PassagesRead = 6;
    private const double RankWeight = 0.1;
    private const double LanguageWeight = 0.08;

    public static IReadOnlyList<SentenceCandidate> Candidates(SkillContext context, int passages = PassagesRead)
    {
        var candidates = new List<SentenceCandidate>();
        for (var rank = 0; rank < Math.Min(passages, context.Passages.Count); rank++)
        {
            var passage = context.Passages[rank].Passage;
            var sentences = SentenceSplitter.Split(passage.Text);
            var terms = context.TermsFor(passage);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var coverage = context.Knowledge.Matcher.Score(terms, [sentence]);
                var figures = passage.Figures.Where(f => sentence.Contains(f.Surface, StringComparison.Ordinal)).ToList();
                candidates.Add(new SentenceCandidate(passage, sentence, i, rank, coverage, figures));
            }
        }

        return candidates;
    }

    /// <summary>The candidate's score: coverage, then retrieval rank and language as tie-breakers.</summary>
    public static double Score(SentenceCandidate candidate, string language) =>
        candidate.Coverage + (RankWeight / (1 + candidate.Rank)) + (candidate.InLanguage(language) ? LanguageWeight : 0);

    /// <summary>The sentence, with the next one when it is short and leans on it ("…, it said. The first phase …").</summary>
    public static string Quote(SentenceCandidate best, IReadOnlyList<SentenceCandidate> all, double minimum)
    {
        var next = all.FirstOrDefault(c => c.Passage == best.Passage && c.Index == best.Index + 1);
        return best.Sentence.Length < 90 && next is not null && next.Coverage >= minimum
            ? best.Sentence + (best.Passage.Language == Languages.Chinese ? string.Empty : " ") + next.Sentence
            : best.Sentence;
    }
}
