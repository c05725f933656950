using DealBot.Answering.Composition;
using DealBot.Answering.Quantities;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers "how much / how many / what %" with a figure: the curated figure of the asked kind that best matches the
/// question, or a sentence of a retrieved passage stating such a figure when it answers better (an article added
/// later states a figure no curated fact has). A figure must name what the question is about: asked for SoftBank's
/// stake or a count of GPUs, Nvidia's figures or a count of households do not answer. A number the question claims
/// that the sources contradict is corrected.
/// </summary>
internal sealed class FigureSkill(FigureFormatter formatter, FigureEquivalence equivalence, FactQuantities quantities, Replies.Replies replies) : IAnswerSkill
{
    private const double SentenceMinimum = 0.3;
    private const int SentencesWeighed = 3;
    // Asked for the latest, every sentence nearly as good as the best is weighed, and the newest report wins.
    private const double LatestSlack = 0.1;

    // A sentence wins over the curated figure when it covers clearly more of the question.
    private const double SentenceMargin = 0.12;

    public string Name => "figure";

    public SkillBid? Bid(SkillContext context)
    {
        var kinds = Kinds(context.Frame);


        // "How much is that per megawatt?" asks for a computed rate, not a figure as the sources state it; "the first
        // tranche in GBP" asks for a conversion (the sources state no pounds).
        if (kinds.Count == 0 || context.Frame.Quantities.Target.Per is not null || (context.Frame.Quantities.Target.Currency is { } currency && currency != Core.Figures.FigureUnits.Usd && context.Frame.Has("op.convert")))
        {
            return null;
        }

        // "英伟达要投3000亿美元，对吧？": the number claimed is what is checked, so it does not choose the figure.
        var claims = context.Frame.Has("frame.claim") || context.Frame.Asked == AnswerType.YesNo;
        var ranking = claims ? context with { Frame = context.Frame with { Terms = context.Terms.Where(t => !t.Key.StartsWith("n:", StringComparison.Ordinal)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal) } } : context;
        var ranked = Facts(ranking, kinds);
        context.Note($"figure: subjects [{string.Join(",", context.Subjects)}] concepts [{string.Join(",", context.Frame.Concepts)}] counted {context.Frame.Quantities.Target.Counted?.Name}; kinds [{string.Join(", ", kinds)}], top {string.Join(" | ", ranked.Take(3).Select(x => $"{x.Figure.Id} {x.Score:0.00}"))}");
        var fact = ranked.FirstOrDefault(x => x.Score >= FactScoring.MinimumScore);
        var sentences = SentencePicker.Candidates(context)
            .Where(c => c.Figures.Any(f => kinds.Contains(f.Kind)) && Fits(context, [c.Sentence]))
            .Select(c => c with { Coverage = c.Coverage * ContentFactor(context, [c.Sentence]) })
            .Where(c => c.Coverage >= SentenceMinimum)
            .OrderByDescending(c => SentencePicker.Score(c, context.Language))
            .ToList();
        var sentence = sentences.FirstOrDefault();

        if (fact.Figure is { } figure)
        {
            // The best sentence may only restate the curated figure ("US$21 billion in total, out of the up to US$100
            // billion planned"); the next may state what the question asks ("a second investment of US$9 billion").
            // A sentence below the best wins only with a word of the question the curated figure lacks ("second"), or
            // from the later article the conversation is about ("at what valuation?" after the second investment).
            // Asked for the latest, the newest report of it wins.
            var focused = context.FocusedArticles();
            var latest = context.Frame.Has("frame.later");
            var weighed = latest && sentence is not null ? sentences.Where(c => c.Coverage >= sentence.Coverage - LatestSlack) : sentences.Take(SentencesWeighed);
            var winners = weighed
                .Where(c => SentenceAnswersBetter(context, figure, fact.Score, c, kinds)
                    && (c == sentence || latest || focused.Contains(c.Passage.SourceId) || NamesMore(context, FactScoring.TextsOf(figure), c.Sentence)))
                .ToList();
            // Of sentences that tie, the one whose figure's own clause names most of the question ("a second investment
            // of US$9 billion" before "US$21 billion in total" for the second investment).
            var better = winners.OrderByDescending(c => latest ? c.Passage.Published : null)
                .ThenByDescending(c => ClauseShare(context, c, kinds))
                .FirstOrDefault();
            if (better is null)
            {
                return FromFact(context, figure, fact.Score);
            }

            sentence = better;
        }

        // "how much?" with nothing else to go on asks about the deal itself: its headline figure of that kind.
        if (WeakTopic(context) && context.Knowledge.Facts.Figures.FirstOrDefault(f => f.Headline && kinds.Contains(f.Kind)) is { } headline)
        {
            return FromFact(context, headline, FactScoring.MinimumScore);
        }

        return sentence is null ? null : FromSentence(context, sentence, kinds);
    }

    /// <summary>
    /// The curated figures of <paramref name="kinds"/> that can answer the question, best first: they name what it is
    /// about (the entities besides the deal's parties, one of its concepts, the thing it counts); a figure that speaks
    /// of none of the question's own words ("Oracle's cloud contract" against Stargate's size) counts for less.
    /// </summary>
    public static List<(FactFigure Figure, double Score)> Facts(SkillContext context, IReadOnlySet<FigureKind> kinds) =>
        FactScoring.Figures(context, f => kinds.Contains(f.Kind) && Fits(context, FactScoring.TextsOf(f)))
            .Select(x => (x.Figure, Score: (x.Score * ContentFactor(context, FactScoring.TextsOf(x.Figure))) + ThatBonus(context, x.Figure) + CountedBonus(context, x.Figure)))
            .OrderByDescending(x => x.Score)
            .ToList();

    private const double ThatWeight = 0.25;

    // "OAI一週有多少人在用": a count of the very thing asked for (users) answers it, however few other words it shares.
    private const double CountedWeight = 0.2;

    private static double CountedBonus(SkillContext context, FactFigure figure) =>
        figure.Kind == FigureKind.Count && context.Frame.Quantities.Target.Counted is { } counted && counted.Dimension.CountedNoun is not null
            && Counts(counted, FactScoring.TextsOf(figure)) ? CountedWeight : 0;

    // "How many households is that?" after "10 GW": a figure whose label names the previous answer's figure is about it
    // ("US households using as much electricity as the planned 10 GW").
    private static double ThatBonus(SkillContext context, FactFigure figure)
    {
        if (!context.Frame.IsFollowUp || context.Frame.PreviousResult?.ValueLabel is not { } said || context.Frame.PreviousResult.FactIds.Contains(figure.Id))
        {
            return 0;
        }

        var previous = context.Knowledge.Matcher.QuestionWeights(said).Where(t => t.Key.StartsWith("n:", StringComparison.Ordinal)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        return previous.Count > 0 && context.Knowledge.Matcher.Score(previous, [figure.Label.En, figure.Label.Zh]) > 0 ? ThatWeight : 0;
    }

    /// <summary>True when <paramref name="texts"/> name what the question is about: its entities, a concept it asks about, what it counts.</summary>
    public static bool Fits(SkillContext context, IEnumerable<string> texts)
    {
        var all = texts.ToList();
        var concepts = context.Frame.Concepts.Where(c => !context.Knowledge.StoryConcepts.Contains(c)).ToList();
        return Covers(context, context.Subjects, all)
            && Counts(context.Frame.Quantities.Target.Counted, all)
            && (concepts.Count == 0 || concepts.Any(c => FactScoring.Names(context, c, all)));
    }

    private const double UnrelatedFactor = 0.6;

    // A word of its own, or two Chinese bigrams: one stray bigram is not a topic.
    private const double ContentWeight = 1.2;

    private static double ContentFactor(SkillContext context, IEnumerable<string> texts)
    {
        var content = context.Frame.ContentTerms;
        return content.Values.Sum() >= ContentWeight && context.Knowledge.Matcher.Score(content, texts) == 0 ? UnrelatedFactor : 1;
    }

    private static bool WeakTopic(SkillContext context) =>
        context.Subjects.Count == 0 && context.Frame.Concepts.Count == 0 && context.Frame.ContentTerms.Values.Sum() < 1;

    /// <summary>The figure kinds a question asks for: its answer type first, then any other kind it also asks about.</summary>
    public static IReadOnlySet<FigureKind> Kinds(QuestionFrame frame)
    {
        var kinds = new HashSet<FigureKind>();
        void Add(AnswerType type)
        {
            switch (type)
            {
                case AnswerType.Amount: kinds.Add(FigureKind.Money); break;
                case AnswerType.Power: kinds.Add(FigureKind.Power); break;
                case AnswerType.Energy: kinds.Add(FigureKind.Energy); break;
                case AnswerType.Percent: kinds.Add(FigureKind.Percent); break;
                case AnswerType.Count: kinds.Add(FigureKind.Count); break;
            }
        }

        Add(frame.Asked);

        // "team green pumped on the news, how much?": a share move asked with "how much".
        if ((frame.Has("ask.percent") && (frame.Has("topic.stock") || frame.Has("direction.up") || frame.Has("direction.down"))) || frame.Has("stock.move"))
        {
            kinds.Add(FigureKind.Percent);
        }

        // "how much did Oracle rise?", "did Broadcom go up too?": a company rising or falling is its share price.
        if (frame.HasAny("direction.up", "direction.down") && (frame.Has("topic.stock") || frame.Asked == AnswerType.YesNo) && frame.Entities.Any(e => e.Entry.Kind == "company")
            && frame.Asked is AnswerType.Amount or AnswerType.YesNo or AnswerType.Attribute or AnswerType.Unknown or AnswerType.Percent)
        {
            kinds.Add(FigureKind.Percent);
        }

        if (frame.Asked is not (AnswerType.YesNo or AnswerType.Attribute or AnswerType.Unknown))
        {
            return kinds;
        }

        // "How did Nvidia's stock react?", "did it rise?": a share move.
        if (frame.Has("topic.stock") && (frame.HasAny("direction.up", "direction.down") || frame.Has("ask.how") || frame.Asked == AnswerType.YesNo))
        {
            kinds.Add(FigureKind.Percent);
        }

        if (frame.HasAny("ask.amount", "ask.howmuch"))
        {
            kinds.Add(FigureKind.Money);
        }

        if (frame.Has("ask.power"))
        {
            kinds.Add(FigureKind.Power);
        }

        // "did nvidia really rise 10%?": a number claimed in a yes/no question asks for the figure of its kind.
        foreach (var claim in frame.Quantities.Quantities.Where(q => !q.Hypothetical && q.Figure is not null && frame.Asked is AnswerType.YesNo or AnswerType.Attribute))
        {
            kinds.Add(claim.Figure!.Kind);
        }

        kinds.Remove(FigureKind.Date);
        return kinds;
    }

    /// <summary>True when <paramref name="texts"/> name every entity the question is about (besides the deal's parties).</summary>
    public static bool Covers(SkillContext context, IReadOnlyList<string> subjects, IEnumerable<string> texts)
    {
        var all = texts.ToList();
        return subjects.All(s => FactScoring.Names(context, s, all));
    }

    // "how many GPUs": a count of households does not answer it.
    private static bool Counts(UnitMention? counted, IEnumerable<string> texts)
    {
        if (counted is null)
        {
            return true;
        }

        var noun = counted.Dimension.CountedNoun;
        var lower = string.Join("\n", texts).ToLowerInvariant();
        return noun is null || lower.Contains(noun, StringComparison.Ordinal) || lower.Contains(counted.Display.Zh, StringComparison.Ordinal) || lower.Contains(counted.Display.En, StringComparison.Ordinal);
    }

    // How much of the question the clause of the sentence's figure of the asked kind names.
    private static double ClauseShare(SkillContext context, SentenceCandidate candidate, IReadOnlySet<FigureKind> kinds) =>
        FigureClause.Named(context, candidate.Sentence, [.. candidate.Figures.Where(f => kinds.Contains(f.Kind))]) is { } figure
            ? FigureClause.Share(context, context.Words, candidate.Sentence, figure)
            : 0;

    // A word of the question (not a number or a date) that the sentence uses and the curated figure does not.
    private static bool NamesMore(SkillContext context, IEnumerable<string> factTexts, string sentence)
    {
        var texts = factTexts.ToList();
        var matcher = context.Knowledge.Matcher;
        return context.Words
            .Select(t => new Dictionary<string, double>(StringComparer.Ordinal) { [t.Key] = t.Value })
            .Any(one => matcher.Score(one, [sentence]) > 0 && matcher.Score(one, texts) == 0);
    }

    // A sentence stating another figure of the asked kind that answers better than the curated figure.
    private bool SentenceAnswersBetter(SkillContext context, FactFigure figure, double factScore, SentenceCandidate sentence, IReadOnlySet<FigureKind> kinds)
    {
        var stated = sentence.Figures.Where(f => kinds.Contains(f.Kind)).ToList();
        // A sentence restating the curated figure is no better answer, unless the question asks how far things have
        // got and another figure of it is what the question names ("so far": "US$21 billion in total, out of the up
        // to US$100 billion planned").
        var restates = context.Frame.Has("frame.later")
            ? FigureClause.Named(context, sentence.Sentence, stated) is not { } named || (named.Unit == figure.Unit && equivalence.ValuesMatch(named.Value, figure.Value))
            : stated.Any(f => f.Unit == figure.Unit && equivalence.ValuesMatch(f.Value, figure.Value));
        return !restates
            && EvidenceArbiter.SentenceWins(context, [figure.Label.En, figure.Label.Zh, .. figure.Aliases], factScore, figure.AsOf, sentence);
    }

    private SkillBid FromFact(SkillContext context, FactFigure f, double score)
    {
        var language = context.Language;
        var zh = language == Languages.Chinese;
        var value = formatter.Format(f.Kind, f.Value, f.Unit, f.Qualifier, language);
        var note = f.Note?.For(language);
        var citations = Citations.ForFactAll(f.Sources, context);
        var asOf = Citations.AsOf(citations) ?? f.AsOf;
        var label = f.Label.For(language);
        var body = zh
            ? $"{label}：{value}{(string.IsNullOrWhiteSpace(note) ? string.Empty : $"（{note}）")}{replies.AsReported(asOf, language)}。"
            : $"{label}: {value}{(string.IsNullOrWhiteSpace(note) ? string.Empty : $", {note}")}{replies.AsReported(asOf, language)}.";
        var text = Contradicted(context.Frame, f) ? replies.Get("premise_correction", language) + body : body;
        var answer = new ComposedAnswer(AnswerStatus.Answered, context.Own(text), citations, [], asOf, [$"figure: {f.Id} (score {score:0.00})"]);
        var result = new TurnResult(Name) { Value = quantities.Of(f), ValueLabel = label, FactIds = [f.Id], Items = [new ListedItem(f.Id, null, label)] };
        return new SkillBid(Name, Confidence(score) * (Operates(context) ? OperationFactor : 1), answer, result);
    }

    private const double OperationFactor = 0.85;

    private static bool Operates(SkillContext context) =>
        context.Frame.Cues.Any(c => c.Cue is "op.difference" or "op.ratio" or "op.per" or "op.share" or "op.sum" or "op.scale");

    private SkillBid FromSentence(SkillContext context, SentenceCandidate best, IReadOnlySet<FigureKind> kinds)
    {
        var quote = best.Sentence;
        var citation = Citations.ForPassage(best.Passage, quote);
        var prefix = best.Passage.Language == context.Language ? string.Empty : context.Own(replies.Get("according_to", context.Language, ("title", best.Passage.Title)));
        var text = prefix + quote + context.Own(replies.AsReported(best.Passage.Published, context.Language));
        var answer = new ComposedAnswer(AnswerStatus.Answered, text, [citation], [], best.Passage.Published, [$"figure from passage: {best.Passage.SourceId}#{best.Passage.Position} (coverage {best.Coverage:0.00})"]);
        var figure = FigureClause.Named(context, best.Sentence, best.Figures.Where(f => kinds.Contains(f.Kind)).ToList())!;
        var result = new TurnResult(Name) { Value = quantities.Of(figure, best.Sentence), ValueLabel = quote };
        return new SkillBid(Name, Confidence(best.Coverage), answer, result);
    }

    // "Is Nvidia investing $300 billion?": a number the question claims, of the figure's kind, that the source contradicts.
    private bool Contradicted(QuestionFrame frame, FactFigure figure)
    {
        var known = quantities.Of(figure);
        return frame.Quantities.Quantities.Any(q => !q.Hypothetical && !q.InPremise && !q.Negated && !q.UnitOnly && !q.ExchangeRate
            && q.Quantity.Dimension.Equals(known.Dimension) && q.Quantity.IsPercent == known.IsPercent && !equivalence.ValuesMatch(Math.Abs(q.Quantity.Value), Math.Abs(known.Value)));
    }

    private static double Confidence(double coverage) => 0.5 + (0.4 * Math.Min(1, coverage));
}
