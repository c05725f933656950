using DealBot.Answering.Quantities;
using DealBot.Core.Matching;

namespace DealBot.Answering.Understanding;

/// <summary>
/// Builds the frame of a question: normalises it (script, width, typos), finds the phrasebook's cues, the glossary's
/// entities and the stated quantities, and decides what kind of message it is and what answer it expects.
/// </summary>
public sealed class FrameReader(Phrasebook phrasebook, QuantityReader quantities)
{
    // Letters a message may keep besides its small talk and still be small talk ("hi bot", "thx man").
    private const int ChitChatSlack = 6;

    // How far after "besides" / "除了" the entity it sets aside may stand.
    private const int ExceptReach = 10;

    // Terms a question needs outside its premise to ask about something else than the premise.
    private const double AskedOnItsOwn = 1.5;

    // What a word of context (a premise, the time of the announcement) weighs against a word of what is asked.
    private const double PremiseShare = 0.3;

    public QuestionFrame Read(string question, GlossaryMatcher glossary, FactMatcher matcher, SpellingCorrector? speller = null)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(matcher);
        return Read(QuestionText.Read(question ?? string.Empty, speller), glossary, matcher);
    }

    public QuestionFrame Read(QuestionText text, GlossaryMatcher glossary, FactMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(glossary);
        ArgumentNullException.ThrowIfNull(matcher);
        var entities = glossary.Find(text.Text);
        var raw = phrasebook.Find(text.Lower);
        var reading = quantities.Read(text, raw);
        var cues = Clean(raw, reading, entities);

        // "24/7", "满负荷": manners of speaking, not numbers to compute with.
        var filler = cues.Where(c => c.Cue == "filler").ToList();
        reading = reading with { Quantities = reading.Quantities.Where(q => !filler.Any(f => q.Start >= f.Start && q.End <= f.End)).ToList() };
        var kind = KindOf(text, cues, entities);
        var premise = PremiseOf(text, cues);
        var scene = Scene(text, cues, entities, reading);
        var terms = Terms(matcher, text, cues, premise, scene);
        var marked = premise is null ? reading : reading with { Quantities = reading.Quantities.Select(q => Mark(q, premise.Value, cues)).ToList() };
        return new QuestionFrame
        {
            Text = text,
            Kind = kind,
            Cues = cues,
            Entities = entities,
            Quantities = marked,
            Asked = AskedOf(cues, marked, text),
            Terms = terms,
            NamedBigrams = NamedBigrams(text, terms, entities),
            ContentTerms = ContentTerms(matcher, text, cues, entities),
            Premise = premise is { } p ? text.Text.Substring(p.Start, p.Length) : null,
            Ordinal = OrdinalOf(text.Lower),
            Factor = FactorOf(text.Lower, cues),
            AsksForOther = cues.Any(c => c.Cue == "frame.other"),
            SupposedEntities = Supposed(text, cues, entities),
            SceneConcepts = SceneConcepts(entities, scene),
            Excluded = entities.Where(m => cues.Any(c => c.Cue == "frame.except" && m.Start >= c.End && m.Start - c.End <= ExceptReach)).Select(m => m.Entry.Id).ToHashSet(StringComparer.Ordinal),
        };
    }

    // The entities a message names only as context: in a clause that opens with an assumption ("假设微软持有OpenAI
    // 30%的股份，那英伟达…") or that asks nothing, when another clause asks ("…有人说这跟星际之门有关系…英伟达第一笔
    // 到底投多少？").
    private static HashSet<string> Supposed(QuestionText text, IReadOnlyList<CueHit> cues, IReadOnlyList<GlossaryMatch> entities)
    {
        var clauses = ContextClauses(text, cues).Select(c => (c.Start, c.End)).ToList();
        if (clauses.Count == 0)
        {
            return [];
        }

        bool InContext(GlossaryMatch m) => clauses.Any(c => m.Start >= c.Start && m.Start < c.End);
        var context = entities.Where(InContext).Select(m => m.Entry.Id).ToHashSet(StringComparer.Ordinal);
        context.ExceptWith(entities.Where(m => !InContext(m)).Select(m => m.Entry.Id));
        return context;
    }

    // The clauses of a message that are context: they open with an assumption or ask nothing, while another clause
    // asks. None when no clause asks, or the message is one clause.
    private static List<(int Start, int End, bool Assumes)> ContextClauses(QuestionText text, IReadOnlyList<CueHit> cues)
    {
        var clauses = new List<(int Start, int End, bool Assumes, bool Asks)>();
        var start = 0;
        for (var i = 0; i <= text.Text.Length; i++)
        {
            var end = i == text.Text.Length || text.Text[i] is ',' or '，' or ';' or '；' or '?' or '？' or '!' or '！' or '。' or '\n' || (text.Text[i] == '.' && (i + 1 == text.Text.Length || text.Text[i + 1] == ' '));
            if (!end)
            {
                continue;
            }

            if (i > start)
            {
                var (from, to) = (start, i);
                var opensWithAssumption = cues.Any(c => c.Cue is "frame.hypothetical" or "frame.premise" && c.Start >= from && c.Start <= from + 2);
                var asks = !opensWithAssumption && (cues.Any(c => c.Start >= from && c.Start < to && (c.Cue.StartsWith("ask.", StringComparison.Ordinal) || c.Cue.StartsWith("op.", StringComparison.Ordinal) || c.Cue is "list.numbers" or "list.timeline"))
                    || (i < text.Text.Length && text.Text[i] is '?' or '？'));
                clauses.Add((from, to, opensWithAssumption, asks));
            }

            start = i + 1;
        }

        return clauses.Count < 2 || !clauses.Any(c => c.Asks) ? [] : [.. clauses.Where(c => !c.Asks).Select(c => (c.Start, c.End, c.Assumes))];
    }

    // A cue inside a stated number ("$" of "$30bn") says nothing of what is asked; "say" opening an assumption is not
    // a question about what someone said.
    private static List<CueHit> Clean(IReadOnlyList<CueHit> hits, QuantityReading reading, IReadOnlyList<GlossaryMatch> entities)
    {
        // A word of a name says nothing of a direction, a topic or a stance: the "red" of "team red" (AMD) is no fall.
        hits = [.. hits.Where(h => !(h.Cue.StartsWith("direction.", StringComparison.Ordinal) || h.Cue.StartsWith("topic.", StringComparison.Ordinal) || h.Cue.StartsWith("stance.", StringComparison.Ordinal))
            || !entities.Any(e => e.Length > h.Length && h.Start >= e.Start && h.End <= e.Start + e.Length))];

        var assumptions = hits.Where(h => h.Cue == "frame.hypothetical").ToList();

        // "How much of the pledge" asks for a share, unless what it asks is how much is left of it.
        var remainder = hits.Any(h => h.Cue == "op.difference");
        hits = [.. hits.Where(h => h.Cue != "op.portion" || !remainder).Select(h => h.Cue == "op.portion" ? h with { Cue = "op.share" } : h)];
        return hits
            .Where(h => h.Cue.StartsWith("frame.", StringComparison.Ordinal) || !reading.Quantities.Any(q => !q.UnitOnly && h.Start >= q.Start && h.End <= q.End))
            .Where(h => h.Cue == "frame.hypothetical" || !assumptions.Any(a => h.Start >= a.Start && h.End <= a.End))
            .Where(h => !Shadowed(h, hits))
            .ToList();
    }

    // Of two operations named by overlapping phrases, the longer phrase says what is meant: "按同样比例" scales at the
    // same rate; the "比例" inside it does not ask for a share.
    // Filler phrases shadow what they contain: "according to the news" attributes, it does not ask for a view.
    // A reference to someone is shadowed by any longer phrase around it: the "他" of "其他" and "他们" is no one.
    // The time of the announcement shadows what it contains: the "when" of "when the deal was announced" asks nothing.
    // A filler word inside a longer phrase is part of it: the "so" of "so far".
    private static bool Shadowed(CueHit hit, IReadOnlyList<CueHit> hits) =>
        hits.Any(h => h.Cue != hit.Cue && h.Length > hit.Length && h.Start <= hit.Start && h.End >= hit.End
            && (h.Cue is "filler" or "frame.announced" || hit.Cue == "filler" || hit.Cue.StartsWith("ref.", StringComparison.Ordinal) || (hit.Cue.StartsWith("op.", StringComparison.Ordinal) && (h.Cue.StartsWith("op.", StringComparison.Ordinal) || h.Cue.StartsWith("list.", StringComparison.Ordinal)))));

    private static QuestionKind KindOf(QuestionText text, IReadOnlyList<CueHit> cues, IReadOnlyList<GlossaryMatch> entities)
    {
        if (cues.Any(c => c.Cue == "policy.injection"))
        {
            return QuestionKind.Injection;
        }

        if (cues.Any(c => c.Cue == "policy.advice"))
        {
            return QuestionKind.InvestmentAdvice;
        }

        if (cues.Any(c => c.Cue == "policy.offtask"))
        {
            return QuestionKind.OffTask;
        }

        if (cues.Any(c => c.Cue == "policy.live"))
        {
            return QuestionKind.Live;
        }

        return IsSmallTalk(text, cues, entities) ? QuestionKind.ChitChat : QuestionKind.Question;
    }

    // Small talk is a message that, without its greetings, thanks and laughs, has next to no words left, names nothing
    // of the story and asks nothing: "hi", "thanks!", "lol", "牛逼👍", an emoji on its own.
    private static bool IsSmallTalk(QuestionText text, IReadOnlyList<CueHit> cues, IReadOnlyList<GlossaryMatch> entities)
    {
        if (entities.Count > 0)
        {
            return false;
        }

        var chat = cues.Where(c => c.Cue.StartsWith("chat.", StringComparison.Ordinal)).ToList();
        var filler = cues.Where(c => c.Cue == "filler").ToList();
        if (chat.Any(c => c.Cue is "chat.identity" or "chat.help"))
        {
            return true;
        }

        var covered = new bool[text.Lower.Length];
        foreach (var hit in chat.Concat(filler))
        {
            covered.AsSpan(hit.Start, hit.Length).Fill(true);
        }

        var left = 0;
        for (var i = 0; i < text.Lower.Length; i++)
        {
            if (!covered[i] && char.IsLetterOrDigit(text.Lower[i]))
            {
                left++;
            }
        }

        var asks = cues.Any(c => c.Cue.StartsWith("ask.", StringComparison.Ordinal) || c.Cue.StartsWith("op.", StringComparison.Ordinal));
        return !asks && (chat.Count > 0 ? left <= ChitChatSlack : left == 0);
    }

    private static AnswerType AskedOf(IReadOnlyList<CueHit> cues, QuantityReading reading, QuestionText text)
    {
        // "按4.4%的涨幅赚了多少": a word for a percentage right after a stated one names it; it does not ask for one.
        cues = [.. cues.Where(c => c.Cue != "ask.percent" || !reading.Quantities.Any(q => q.Quantity.IsPercent && c.Start >= q.Start + q.Length && DescribedBy(text.Lower, q.Start + q.Length, c.Start)))];
        bool Has(string cue) => cues.Any(c => c.Cue == cue);
        if (Has("ask.days"))
        {
            return AnswerType.Days;
        }

        if (Has("ask.why"))
        {
            return AnswerType.Reason;
        }

        if (Has("ask.when"))
        {
            return AnswerType.Date;
        }

        if (Has("ask.duration") && !Has("ask.when"))
        {
            return AnswerType.Duration;
        }

        // "how does that compare with the oai plan?": two amounts compared, asking for nothing else, are a multiple.
        // "the average power per household implied by 10GW vs the 8M homes" asks a rate: "vs" sets the two against each
        // other as a division.
        var perUnit = Has("op.per") && reading.Target.Per is not null;
        if (Has("op.ratio") || (Has("op.compare") && !perUnit && !cues.Any(c => c.Cue is "op.difference" or "ask.amount" or "ask.howmuch" or "ask.count" or "ask.power" or "ask.percent" or "ask.who" or "ask.why")))
        {
            return AnswerType.Multiple;
        }

        // "is the UK's CMA also reviewing the stake?", "what did the lawyer say OpenAI's share is?": a stake or a share
        // named in a yes/no question or a question about what someone said, with no number, is not asked for.
        if (Has("op.share") && !Has("ask.percent") && reading.Quantities.All(q => q.UnitOnly) && (Has("ask.view") || Has("ask.yesno")))
        {
            return Has("ask.view") ? AnswerType.View : AnswerType.YesNo;
        }

        // "how much did nvda rise on the news?", "甲骨文那天涨了多少": how far a share moved is a percentage.
        var shareMove = Has("topic.stock") && (Has("direction.up") || Has("direction.down")) && Has("ask.howmuch") && !Has("ask.amount") && reading.Quantities.All(q => q.UnitOnly);
        if (Has("op.share") || shareMove || Has("ask.percent") && (!Has("ask.amount") || Has("topic.stock")) || reading.Target.Unit is null && Has("op.difference") && reading.Quantities.Any(q => q.Quantity.IsPercent))
        {
            return AnswerType.Percent;
        }

        if (reading.Target.Unit is { } unit)
        {
            return unit.Dimension.IsPower ? AnswerType.Power : unit.Dimension.IsEnergy ? AnswerType.Energy : unit.Dimension.IsTime ? AnswerType.Duration : AnswerType.Amount;
        }

        if (Has("ask.energy"))
        {
            return AnswerType.Energy;
        }

        // "How much computing capacity": what "how much" asks about names the kind; money words ("cost", "worth")
        // ask for an amount of money.
        if (Has("ask.power") && !Has("ask.amount"))
        {
            return AnswerType.Power;
        }

        // "哪几家买家投诉了？": a count word inside a longer list cue ("几家" in "哪几家") asks which, not how many.
        if (cues.Any(list => list.Cue == "ask.list" && cues.Any(count => count.Cue == "ask.count" && count.Start >= list.Start && count.End <= list.End && count.Length < list.Length)))
        {
            return AnswerType.List;
        }

        // "How many US homes worth of power": the thing counted says what is asked, over a money word.
        if (Has("ask.count") && reading.Target.Counted is not null && reading.Target.Currency is null)
        {
            return AnswerType.Count;
        }

        if (Has("ask.amount") || reading.Target.Currency is not null)
        {
            return AnswerType.Amount;
        }

        // "if 37.5% of the 100bn flows back as chip orders, how much is that?": "how much" of a stated amount of money
        // is money, whatever else the question counts.
        if (Has("ask.howmuch") && !Has("ask.count") && reading.Quantities.Any(q => !q.UnitOnly && q.Quantity.Dimension.IsMoney))
        {
            return AnswerType.Amount;
        }

        // "How big is OpenAI's weekly user base?": "how big" of something counted.
        if (Has("ask.howmuch") && reading.Counted.Any(c => c != reading.Target.Per))
        {
            return AnswerType.Count;
        }

        // "how many gigs … gigawatts i mean": how many of a unit named anywhere in the question.
        if (Has("ask.count") && reading.Target.Counted is null && reading.FreeUnits.FirstOrDefault(u => u.Dimension.IsPower || u.Dimension.IsEnergy) is { } named)
        {
            return named.Dimension.IsPower ? AnswerType.Power : AnswerType.Energy;
        }

        if (Has("ask.count") || reading.Target.Counted is not null)
        {
            return AnswerType.Count;
        }

        if (Has("ask.howmuch"))
        {
            return AnswerType.Amount;
        }

        // "既然首笔是500亿，还剩多少": what is left of, or added to, a stated amount is more of the same kind.
        if ((Has("op.difference") || Has("op.sum") || Has("op.total")) && reading.Quantities.Where(q => !q.UnitOnly).Select(q => q.Quantity.Dimension).FirstOrDefault(d => d.IsMoney || d.IsPower) is { } kind)
        {
            // "每千兆瓦380亿美元，10千兆瓦总共多少？": with a rate stated, the total is of what the rate measures.
            var rate = reading.Quantities.Where(q => !q.UnitOnly).Select(q => q.Quantity.Dimension.Split()).FirstOrDefault(d => !d.Denominator.IsNone && !d.Numerator.IsNone && (d.Numerator.IsMoney || d.Numerator.IsPower));
            var measured = rate is { } r && reading.Quantities.Any(q => q.Quantity.Dimension.Equals(r.Denominator)) ? r.Numerator : kind;
            return measured.IsMoney ? AnswerType.Amount : AnswerType.Power;
        }

        if (Has("ask.list"))
        {
            return AnswerType.List;
        }

        if (Has("ask.who"))
        {
            return AnswerType.Who;
        }

        if (Has("ask.view"))
        {
            return AnswerType.View;
        }

        if (Has("ask.explain"))
        {
            return AnswerType.Overview;
        }

        if (Has("ask.yesno"))
        {
            return AnswerType.YesNo;
        }

        return Has("ask.what") || Has("ask.how") || text.Text.Length > 0 ? AnswerType.Attribute : AnswerType.Unknown;
    }

    // The clause stating what the question takes for granted: from a premise cue ("since", "I heard", "既然") to the
    // end of its clause, unless the question then asks to compute with it ("if he were right, what % ...").
    private static (int Start, int Length)? PremiseOf(QuestionText text, IReadOnlyList<CueHit> cues)
    {
        // "first investment was 10B at a 300B valuation, right?": a claim put as a question; what it states is the
        // premise to check, unless it supposes ("if …, right?").
        var tag = cues.FirstOrDefault(c => c.Cue == "frame.claim");
        if (tag is not null && tag.Start > 3 && !cues.Any(c => c.Cue == "frame.hypothetical"))
        {
            return (0, tag.Start);
        }

        // "Is Nvidia putting $1 trillion into OpenAI?": a yes/no question stating a number claims it.
        if (!cues.Any(c => c.Cue is "frame.premise" or "frame.hypothetical") && cues.Any(c => c.Cue == "ask.yesno" && c.Start == 0) && text.Text.Any(char.IsDigit))
        {
            return (0, text.Text.Length);
        }

        var cue = cues.FirstOrDefault(c => c.Cue == "frame.premise" && c.Phrase is not "as");
        if (cue is null)
        {
            return null;
        }

        var end = text.Text.IndexOfAny([',', '，', ';', '；', '?', '？', '。'], cue.End);
        var stop = text.Text.IndexOf(". ", cue.End, StringComparison.Ordinal);
        if (stop >= 0 && (end < 0 || stop < end))
        {
            end = stop;
        }

        if (end < 0 || end - cue.Start < 3)
        {
            return null;
        }

        return (cue.Start, end - cue.Start);
    }

    // A number of the premise is a claim to check; it becomes an operand when the question goes on to assume it.
    private static StatedQuantity Mark(StatedQuantity quantity, (int Start, int Length) premise, IReadOnlyList<CueHit> cues)
    {
        if (quantity.Start < premise.Start || quantity.Start >= premise.Start + premise.Length)
        {
            return quantity;
        }

        var assumedAfter = cues.Any(c => c.Cue == "frame.hypothetical" && c.Start >= premise.Start + premise.Length);
        return assumedAfter ? quantity with { Hypothetical = true } : quantity with { InPremise = true };
    }

    // The Chinese bigrams of the terms that occur only inside names the glossary knows (QuestionFrame.NamedBigrams).
    private static HashSet<string> NamedBigrams(QuestionText text, IReadOnlyDictionary<string, double> terms, IReadOnlyList<GlossaryMatch> entities)
    {
        var named = new bool[text.Text.Length];
        foreach (var entity in entities)
        {
            Array.Fill(named, true, entity.Start, Math.Min(entity.Length, named.Length - entity.Start));
        }

        bool OnlyInNames(string bigram)
        {
            var found = false;
            for (var at = text.Text.IndexOf(bigram, StringComparison.Ordinal); at >= 0; at = text.Text.IndexOf(bigram, at + 1, StringComparison.Ordinal))
            {
                if (!named[at] || !named[at + 1])
                {
                    return false;
                }

                found = true;
            }

            return found;
        }

        return terms.Keys.Where(t => t.Length == 2 && Core.Documents.Languages.IsCjk(t[0]) && Core.Documents.Languages.IsCjk(t[1]) && OnlyInNames(t)).ToHashSet(StringComparer.Ordinal);
    }

    // What only sets the scene of a question: the time of the announcement ("the day the LOI was announced", "消息传出后"),
    // when every curated figure dates from, and, for a question about something it names, the clauses that ask nothing
    // ("with all this campus news, remind me: how much did avgo drop …"). Not a clause when the asking one names no one
    // ("avgo after the announcement, green or red?" puts its subject first), nor one that assumes something or states a
    // number or a date: that is a claim the answer may have to check.
    private static List<(int Start, int End)> Scene(QuestionText text, IReadOnlyList<CueHit> cues, IReadOnlyList<GlossaryMatch> entities, QuantityReading reading)
    {
        var scene = cues.Where(c => c.Cue == "frame.announced").Select(c => (c.Start, c.End)).ToList();
        var context = ContextClauses(text, cues);
        bool InContext(int at) => context.Any(c => at >= c.Start && at < c.End);
        if (context.Count == 0 || !entities.Any(e => e.Entry.Kind is "company" or "person" or "project" or "agency" or "product" && !InContext(e.Start)))
        {
            return scene;
        }

        scene.AddRange(context
            .Where(c => !c.Assumes && !reading.Quantities.Any(q => q.Start >= c.Start && q.Start < c.End) && !reading.Dates.Any(d => d.Start >= c.Start && d.Start < c.End))
            .Select(c => (c.Start, c.End)));
        return scene;
    }

    // The concepts named only where the question sets its scene.
    private static HashSet<string> SceneConcepts(IReadOnlyList<GlossaryMatch> entities, List<(int Start, int End)> scene)
    {
        bool InScene(GlossaryMatch m) => scene.Any(s => m.Start >= s.Start && m.Start < s.End);
        var concepts = entities.Where(m => m.Entry.Kind == "concept" && InScene(m)).Select(m => m.Entry.Id).ToHashSet(StringComparer.Ordinal);
        concepts.ExceptWith(entities.Where(m => !InScene(m)).Select(m => m.Entry.Id));
        return concepts;
    }

    private static IReadOnlyDictionary<string, double> Terms(FactMatcher matcher, QuestionText text, IReadOnlyList<CueHit> cues, (int Start, int Length)? premise, List<(int Start, int End)> scene)
    {
        // Filler ("actually", "到底"), small talk and the words of asking ("什么时候", "几天", "is it") say nothing of
        // what the question is about; without them, Chinese bigrams do not straddle a question word ("候宣" of
        // "什么时候宣布").
        var topic = text.Text.ToCharArray();
        foreach (var hit in cues.Where(c => c.Cue is "filler" or "ask.interrogative" or "ask.when" or "ask.days" or "ask.duration" or "ask.count" or "ask.yesno" || c.Cue.StartsWith("chat.", StringComparison.Ordinal)))
        {
            Array.Fill(topic, ' ', hit.Start, hit.Length);
        }

        var content = new string(topic);
        var weights = matcher.QuestionWeights(content);

        // The words that set the scene (Scene) only break ties, as long as the rest asks something of its own: the
        // deal's name in "the day the LOI was announced" would otherwise outweigh what is asked.
        if (scene.Count > 0)
        {
            var rest = content.ToCharArray();
            scene.ForEach(a => Array.Fill(rest, ' ', a.Start, a.End - a.Start));
            var outside = matcher.QuestionWeights(new string(rest));
            if (outside.Values.Sum() >= AskedOnItsOwn)
            {
                weights = weights.ToDictionary(t => t.Key, t => outside.ContainsKey(t.Key) ? t.Value : t.Value * PremiseShare, StringComparer.Ordinal);
            }
        }

        if (premise is not { } p)
        {
            return weights;
        }

        // What is asked decides which fact answers; the premise's words only break ties. When the rest asks nothing
        // of its own ("…，是这样吗？"), the premise is what the question is about.
        var asked = matcher.QuestionWeights(content.Remove(p.Start, p.Length));
        return asked.Values.Sum() < AskedOnItsOwn ? weights : weights.ToDictionary(t => t.Key, t => asked.ContainsKey(t.Key) ? t.Value : t.Value * PremiseShare, StringComparer.Ordinal);
    }

    // Only a particle or a space between a stated figure and the word after it ("4.4%的涨幅", "4.4% 涨幅").
    private static bool DescribedBy(string lower, int end, int start) =>
        start - end <= 2 && lower[end..start].All(c => char.IsWhiteSpace(c) || c is '的' or '之');

    // The question's own words: without entity names, phrases of asking and filler. Everyday words the glossary gives
    // in both languages ("explained", "infra") stay: they say what the question is about.
    private static IReadOnlyDictionary<string, double> ContentTerms(FactMatcher matcher, QuestionText text, IReadOnlyList<CueHit> cues, IReadOnlyList<GlossaryMatch> entities)
    {
        var content = text.Text.ToCharArray();
        foreach (var (start, length) in cues.Select(c => (c.Start, c.Length)).Concat(entities.Where(e => e.Entry.Kind != "word").Select(e => (e.Start, e.Length))))
        {
            Array.Fill(content, ' ', start, Math.Min(length, content.Length - start));
        }

        return matcher.QuestionWeights(new string(content)).Where(t => !t.Key.StartsWith("n:", StringComparison.Ordinal) && !t.Key.StartsWith("d:", StringComparison.Ordinal)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }

    private int? OrdinalOf(string lower)
    {
        foreach (var (word, position) in phrasebook.Ordinals.OrderByDescending(o => o.Key.Length))
        {
            var at = lower.IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            // "the second one", "第一个", "第二只" (a stock), "the first one's": an ordinal pointing at something, not "the
            // first phase".
            var after = lower[(at + word.Length)..].TrimStart();
            if (after.StartsWith("one", StringComparison.Ordinal) || after.StartsWith("个", StringComparison.Ordinal) || after.StartsWith("位", StringComparison.Ordinal) || after.StartsWith("只", StringComparison.Ordinal) || after.StartsWith("家", StringComparison.Ordinal)
                || after.StartsWith("guy", StringComparison.Ordinal) || after.StartsWith("person", StringComparison.Ordinal) || after.StartsWith("name", StringComparison.Ordinal)
                || after.Length == 0 || after[0] is '?' or '？' or ',' or '，' || word is "former" or "latter" or "前者" or "后者")
            {
                return position;
            }
        }

        return null;
    }

    private decimal? FactorOf(string lower, IReadOnlyList<CueHit> cues)
    {
        // "half of that", "假如周活再翻一倍", "一半呢？": a factor applies to something referred to, supposed, or just
        // answered.
        if (!cues.Any(c => c.Cue is "frame.anaphora" or "frame.hypothetical" or "frame.followup"))
        {
            return null;
        }

        foreach (var (word, factor) in phrasebook.Factors.OrderByDescending(f => f.Key.Length))
        {
            // "the second half of 2026" names a period, not a factor.
            if (new PhraseMatcher(word).Matches(lower).Any(m => !AfterOrdinal(lower, m.Start)))
            {
                return factor;
            }
        }

        return null;
    }

    private bool AfterOrdinal(string lower, int start)
    {
        var before = lower[..start].TrimEnd();
        return phrasebook.Ordinals.Keys.Any(o => before.EndsWith(o, StringComparison.Ordinal) && (before.Length == o.Length || !char.IsLetterOrDigit(before[^(o.Length + 1)])));
    }
}
