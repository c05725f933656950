using DealBot.Answering.Composition;
using DealBot.Answering.Quantities;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers questions that need arithmetic, over operands bound by what they are: a number the member states binds
/// first and is used as stated; the previous answer's result binds when the question refers to it ("half of that",
/// "and in euros? use 0.92"); a curated or quoted figure binds only when it matches what the question is about. The
/// <see cref="QuantitySolver"/> finds the expression whose result measures what is asked (per unit, shares, ratios,
/// differences, scaling, unit and currency conversion, durations); the working shows each operand and where it came
/// from. A conversion to a currency with no rate given asks for the rate instead of inventing one.
/// </summary>
internal sealed class CalculationSkill(FactQuantities facts, QuantityFormatter formatter, FigureEquivalence equivalence, Replies.Replies replies) : IAnswerSkill
{
    private const int SourceCandidates = 5;
    private const double MinimumRelevance = 0.15;
    private const double SentenceRelevance = 0.3;
    private const int SentencesRead = 4;
    private const int RankedPassages = 4;
    private const double RankRelevance = 0.4;
    // A figure of the article the question names ("Tallgrass Bend") is about it, whatever words the sentence shares.
    private const double NamedArticleRelevance = 0.7;
    private const double ClauseBonus = 0.1;
    private const double NeighbourWeight = 1;
    private const double CompanionBonus = 0.3;
    // Two tenths of relevance, in the solver's score: what a curated figure already in the asked unit may trail a later article's by and still be meant.
    private const double StatedUnitTolerance = 0.4;
    // Below this the expression uses numbers nobody asked about; the confidence comes from how the question asks.
    private const double MinimumScore = -3.0;

    public string Name => "calculation";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        var stated = Stated(context).ToList();

        // The previous result is an operand only when the question asks to compute with it: "in MW?", "half of
        // that", "and in euros? use 0.92", "how much more is that"; "第一笔呢？" asks for another figure.
        var computes = stated.Count > 0 || frame.Factor is not null || !frame.Quantities.Target.IsEmpty || frame.Cues.Any(c => c.Cue.StartsWith("op.", StringComparison.Ordinal));
        var previous = computes ? Previous(context).ToList() : [];
        // "is the UK's CMA also reviewing the stake?", "what did the lawyer say OpenAI's share is?": asking whether or
        // who, with no number of the member's, asks for no arithmetic.
        if (stated.Count == 0 && frame.Factor is null && previous.Count == 0 && frame.Asked is AnswerType.YesNo or AnswerType.View or AnswerType.Who or AnswerType.Reason or AnswerType.Overview)
        {
            return null;
        }

        var goals = Goals(frame, stated, previous, context.Subjects.Count);
        if (goals.Count == 0)
        {
            return null;
        }

        // A question that names an operation or a unit asks to compute; "NVDA 多少%？" asks for a percentage the sources state.
        var named = goals.Any(g => g.Operation is not null || g.Display is not null) || !frame.Quantities.Target.IsEmpty;
        if (stated.Count == 0 && previous.Count == 0 && !named && frame.Asked is not (AnswerType.Energy or AnswerType.Duration))
        {
            // "How much will Nvidia invest?" asks for a figure, not a calculation.
            return null;
        }

        if (NeedsRate(goals[0], stated, frame) is { } currency)
        {
            return NoRate(context, currency);
        }

        if (PercentChange.Between(frame, stated) is { } change)
        {
            return Compose(context, change, 0.92, "the change from one stated number to the other");
        }

        if (Substitute(context, stated) is { } redone)
        {
            return Compose(context, redone, 0.92, "redone with the new figure");
        }

        if (((stated.Count == 0 ? ForAnother(context) : null) ?? Scaled(context, stated)) is { } redoneFor)
        {
            return Compose(context, redoneFor, 0.9, "the previous calculation, redone");
        }

        // "那每户呢？" after "per household?": the same calculation asked again, in other words.
        if (frame.IsFollowUp && frame.PreviousResult?.Plan is { } again && stated.Count == 0 && frame.Factor is null && frame.Quantities.Target.Currency is null
            && goals.Any(g => g.Dimension.Equals(again.Goal.Dimension) && g.Percent == again.Goal.Percent))
        {
            return Compose(context, again, 0.85, "the previous calculation, asked again");
        }

        // A name only a later article uses ("Tallgrass Bend") and the articles using it, found once for the question.
        var names = context.ArticleNames();
        var namedArticles = context.FocusedArticles();
        if (names.Count > 0)
        {
            context.Note($"names only later articles use: {string.Join(", ", names.Keys)}");
        }

        var sources = Sources(context, goals, [.. stated, .. previous], namedArticles).ToList();
        var operands = stated.Concat(previous).Concat(sources).ToList();
        var wantsPrevious = previous.Any(p => p.Origin == OperandOrigin.Previous) && (frame.Has("frame.anaphora") || frame.Factor is not null || stated.Count == 0);
        // Sourced figures alone are combined only when the question names how ("per GW", "how many times"); asked
        // for a unit ("how many GW"), a figure is only converted.
        var combines = stated.Count > 0 || previous.Any(p => p.Origin == OperandOrigin.Previous) || goals.Any(g => g.Operation is not null) || frame.Quantities.Target.Per is not null;
        var ranked = goals.SelectMany(goal => QuantitySolver.Solve(operands, goal, wantsPrevious))
            .Where(c => combines || c.Plan.Expression is Leaf)
            .Where(c => c.Plan.Expression is not Leaf { Operand.Fact: { } only } || FigureSkill.Fits(context, FactScoring.TextsOf(only)))
            .Where(c => c.Score >= MinimumScore && CoversSubjects(context, c.Plan, namedArticles))
            .OrderByDescending(c => c.Score)
            .ToList();
        var candidates = ranked.Where(c => !Restates(c.Plan, context.Language)).ToList();
        var best = candidates.FirstOrDefault();
        // A curated figure already in the unit asked for is what the question asks ("how many GW are planned?" and
        // the 10 GW) unless another clearly matches better: converting a later article's lesser one (a campus's
        // 600 MW) would answer another question. The figure skill then answers.
        if (!combines && best.Plan is not null && best.Plan.Expression is Leaf { Operand.Fact: null }
            && ranked.Any(c => c.Plan.Expression is Leaf { Operand.Fact: not null } && Restates(c.Plan, context.Language) && c.Score >= best.Score - StatedUnitTolerance))
        {
            context.Note("calculation: a figure already in the unit asked for matches as well");
            best = default;
        }

        context.Note($"calculation: subjects [{string.Join(", ", context.Subjects)}], names [{string.Join(", ", names.Keys)}], best {best.Plan?.Expression.Machine() ?? "none"}");
        context.Note($"calculation: goals [{string.Join("; ", goals.Select(g => g.Percent ? "%" : g.Dimension.ToString()))}], operands [{string.Join("; ", operands.Select(o => $"{Leaf.Number(o.Quantity.Value)} {o.Quantity.Dimension} {o.Origin}{(o.Stated ? " stated" : string.Empty)} {o.Relevance:0.00}{(o.Fact is { } of ? " " + of.Id : string.Empty)}"))}], top {string.Join(" | ", candidates.Take(3).Select(c => $"{c.Plan.Expression.Machine()} ({c.Score:0.0})"))}");
        if (best.Plan is null)
        {
            return null;
        }

        var leaves = best.Plan.Expression.Leaves.ToList();
        var usesMember = leaves.Any(l => l.Stated || (l.Origin == OperandOrigin.Previous && l.Fact is null));
        var conversion = best.Plan.Goal.Display is not null || frame.Quantities.Target.Currency is not null;
        var confidence = usesMember || conversion ? 0.9 : named || leaves.Any(l => l.Origin == OperandOrigin.Previous) ? 0.85 : 0.6;
        return Compose(context, best.Plan, confidence, $"score {best.Score:0.0}");
    }

    /// <summary>
    /// What the result may measure, from how the question asks; several when the question leaves it open ("what does
    /// that work out to per household?" is power or money per household, whichever the numbers give); none when it
    /// asks for no computed quantity.
    /// </summary>
    private static List<CalculationGoal> Goals(QuestionFrame frame, List<Operand> stated, List<Operand> previous, int subjects)
    {
        var target = frame.Quantities.Target;
        // "in total" adds only what the question joins: two numbers of its own, a number to the answer before, or two
        // things it names besides the deal's parties. "How much will Nvidia invest in total?" asks for a stated total.
        var joins = stated.Count >= 2 || (previous.Count > 0 && stated.Count > 0) || subjects >= 2;
        Operation? operation = frame.Has("op.difference") ? Operation.Subtract
            : frame.Has("op.sum") || (frame.Has("op.total") && joins) ? Operation.Add
            : frame.Has("op.ratio") || frame.Has("op.share") || (target.Per is not null && frame.Asked != AnswerType.Count) || SharedOut(frame, stated) ? Operation.Divide
            : frame.Has("op.scale") || frame.Factor is not null ? Operation.Multiply
            : null;
        // "每千兆瓦380亿美元，10千兆瓦总共多少？": "in total" over a rate and an amount it applies to asks for the product.
        if (operation == Operation.Add && AppliesRate(stated))
        {
            operation = null;
        }

        var absolute = frame.Cues.Any(c => c.Cue == "op.difference" && c.Phrase is "apart" or "gap" or "difference" or "percentage points" or "差距" or "相差" or "个百分点");

        // "the rest, paid in 6 equal installments: how big is each?": what is left is shared out, so the count divides
        // last and the taking away happens inside.
        Operation? inner = null;
        if (operation is Operation.Subtract or Operation.Add && frame.Has("op.per") && (target.Per is null || target.Per.Dimension.IsNone)
            && stated.Any(s => s.Quantity.Dimension.IsNone && !s.Quantity.IsPercent && !s.UnitOnly && s.Quantity.Value >= 2 && s.Quantity.Value == Math.Floor(s.Quantity.Value)))
        {
            inner = operation;
            operation = Operation.Divide;
        }

        var display = target.Unit;
        var last = frame.PreviousResult?.Value;

        if (frame.Asked == AnswerType.Percent || frame.Has("op.share"))
        {
            return [new CalculationGoal(Dimension.None, true, operation, null) { Absolute = absolute }];
        }

        if (frame.Asked == AnswerType.Multiple)
        {
            return [new CalculationGoal(Dimension.None, false, Operation.Divide, null) { Multiple = true }];
        }

        // "and in euros?": the previous result, in another currency ("US$10 billion per GW" becomes euros per GW).
        if (target.Currency is { } currency && last is not null && last.Dimension.Currencies.Any() && !stated.Any(s => s.Quantity.Dimension.Currencies.Count() == 1))
        {
            return [new CalculationGoal(Recurrency(last.Dimension, currency), false, null, null)];
        }

        Dimension? numerator = frame.Asked switch
        {
            // "那每吉瓦呢？" after "7300亿元": a follow-up naming no currency keeps the one of the answer before.
            AnswerType.Amount => Dimension.Money(target.Currency ?? StatedCurrency(stated) ?? (frame.IsFollowUp ? last?.Dimension.Split().Numerator.Currency : null) ?? FigureUnits.Usd),
            AnswerType.Power => Dimension.Watts,
            AnswerType.Energy => Dimension.WattHours,
            // "一台机柜150千瓦，能放多少台？": the things a stated rate is per are what is counted.
            AnswerType.Count => Dimension.Count(target.Counted?.Dimension.CountedNoun ?? last?.Dimension.CountedNoun ?? PerCounted(stated) ?? "thing"),
            AnswerType.Duration or AnswerType.Days => Dimension.Hours,
            _ => null,
        };

        if (display is not null && (numerator is null || !display.Dimension.Equals(numerator)))
        {
            numerator = display.Dimension;
        }

        // "每户呢？" after "10 GW is how many homes?": per the thing just counted, of what the question before stated.
        var perCounted = false;
        if (target.Per is { } perTarget && last is not null && last.Dimension.Equals(perTarget.Dimension) && numerator is not null && numerator.Equals(perTarget.Dimension))
        {
            numerator = null;
            perCounted = true;
        }

        // "and over a year in kWh?" after "1.25 kW per household": still per household, unless the question names another.
        var per = target.Per?.Dimension;
        if (per is null && frame.IsFollowUp && last is not null && last.Dimension.Split().Denominator is { IsNone: false } carried && frame.Asked != AnswerType.Count)
        {
            per = carried;
        }

        // "and per GW?" after "10 GW is how many households?": the count is only inherited, so the rate is asked.
        var inheritedCount = frame.IsFollowUp && frame.Asked == AnswerType.Count && !frame.Has("ask.count") && last is not null && last.Dimension.Equals(numerator);
        var numerators = numerator is not null ? [numerator] : OpenNumerators(frame, stated, previous, last);
        return numerators
            .Select(n => per is not null && (frame.Asked != AnswerType.Count || perCounted || inheritedCount) && !n.Equals(per) && !n.Split().Denominator.Equals(per) ? n / per : n)
            .Distinct()
            .Select(d => new CalculationGoal(d, false, operation, display) { Absolute = absolute, Inner = inner })
            .ToList();
    }

    // A stated rate and a stated amount of what the rate is per ("US$38 billion per GW" and "10 GW").
    private static bool AppliesRate(List<Operand> stated) =>
        stated.Any(r => r.Quantity.Dimension.Split() is { Denominator.IsNone: false } split && !split.Numerator.IsNone
            && stated.Any(a => !ReferenceEquals(a, r) && a.Quantity.Dimension.Equals(split.Denominator)));

    // "电价每度0.6元人民币，电费多少钱？": money asked with only yuan stated is yuan.
    private static string? StatedCurrency(List<Operand> stated)
    {
        var currencies = stated.Where(s => !s.Quantity.IsPercent).Select(s => s.Quantity.Dimension.Split().Numerator.Currency).OfType<string>().Distinct().ToList();
        return currencies.Count == 1 && !stated.Any(s => s.Quantity.Dimension.Split().Denominator.Currency is not null) ? currencies[0] : null;
    }

    // "the full amount in 8 equal tranches, how big is each?": a stated number of parts, each asked for, divides.
    private static bool SharedOut(QuestionFrame frame, List<Operand> stated) =>
        frame.Has("op.per") && frame.Quantities.Target.Per is null && frame.Asked != AnswerType.Count
        && stated.Any(s => s.Quantity.Dimension.IsNone && !s.Quantity.IsPercent && !s.UnitOnly && s.Quantity.Value >= 2 && s.Quantity.Value == Math.Floor(s.Quantity.Value));

    // The question says how to compute but not what the result measures: what its numbers, or the previous answer,
    // measure ("and if it were only 3 GW?", "half of that", "how much more is that than the 100bn?").
    private static List<Dimension> OpenNumerators(QuestionFrame frame, List<Operand> stated, List<Operand> previous, Quantity? last)
    {
        var signal = frame.Quantities.Target.Per is not null || frame.Factor is not null || frame.Cues.Any(c => c.Cue.StartsWith("op.", StringComparison.Ordinal)) || (frame.IsFollowUp && stated.Count > 0);
        if (!signal || frame.Asked is AnswerType.Date or AnswerType.Who or AnswerType.View or AnswerType.Reason or AnswerType.List or AnswerType.Overview)
        {
            return [];
        }

        var amounts = stated.Where(s => !s.UnitOnly && !s.Quantity.IsPercent).ToList();
        var dimensions = amounts.Select(s => s.Quantity.Dimension.Split().Numerator)
            .Concat(previous.Select(p => p.Quantity.Dimension.Split().Numerator))
            .Where(d => !d.IsNone)
            .ToList();

        // "1000亿/10GW=?": two stated amounts and the operation between them.
        if (frame.Has("op.per") && amounts.Count == 2 && !amounts[0].Quantity.Dimension.Equals(amounts[1].Quantity.Dimension))
        {
            dimensions.Insert(0, amounts[0].Quantity.Dimension / amounts[1].Quantity.Dimension);
        }

        dimensions = [.. dimensions.Distinct()];
        return last is not null && frame.IsFollowUp && !dimensions.Contains(last.Dimension) ? [.. dimensions, last.Dimension] : dimensions;
    }

    // Figures of several articles may be needed ("Nvidia's rise vs Broadcom's drop"); together they must name what the
    // question is about.
    private static bool CoversSubjects(SkillContext context, CalculationPlan plan, IReadOnlySet<string> named)
    {
        var leaves = plan.Expression.Leaves.ToList();
        if (leaves.Any(l => l.Stated && l.Fact is null))
        {
            return true;
        }

        var texts = leaves.Select(l => l.Fact is { } f ? string.Join("\n", FactScoring.TextsOf(f)) : l.Citation?.Quote ?? string.Empty).ToList();

        // The previous result is about what the facts behind it are about (Stargate's 500bn, two turns on).
        if (leaves.Any(l => l.Origin == OperandOrigin.Previous) && context.Frame.PreviousResult is { } before)
        {
            texts.AddRange(context.Knowledge.Facts.Figures.Where(f => before.FactIds.Contains(f.Id)).Select(f => string.Join("\n", FactScoring.TextsOf(f))));
        }

        // "Tallgrass Bend": a name only a later article uses needs a figure of that article, and figures of other
        // later articles are about something else.
        if (named.Count > 0 && !leaves.Any(l => l.Origin == OperandOrigin.Previous)
            && (!leaves.Any(l => !l.Stated && l.Articles.Any(named.Contains))
                || leaves.Any(l => l.Origin == OperandOrigin.Passage && !l.Articles.Any(named.Contains))))
        {
            return false;
        }

        return context.Subjects.All(s => FactScoring.Names(context, s, texts));
    }

    // "How many GW in total?": 10 GW shown in GW is the figure itself, not a conversion.
    private bool Restates(CalculationPlan plan, string language) =>
        plan.Expression is Leaf { Operand: var only } && plan.Goal.Display is { } display && !only.Quantity.IsPercent
        && formatter.Format(only.Quantity, language) == formatter.Format(only.Quantity, language, display);

    private static Dimension Recurrency(Dimension dimension, string currency)
    {
        var (numerator, denominator) = dimension.Split();
        var money = numerator.Currency is null ? numerator : Dimension.Money(currency);
        return denominator.IsNone ? money : money / denominator;
    }

    private IEnumerable<Operand> Stated(SkillContext context)
    {
        var frame = context.Frame;
        var label = context.Own(replies.Get("stated", context.Language));
        // "涨4.4%之后是多少？", "what would the $150 stock be after a 4.4% pop?": a change in percent applied to a stated
        // amount leaves 1 ± the change of it.
        var after = frame.Has("op.after") && frame.Operands.Any(q => !q.Quantity.IsPercent && !q.UnitOnly && !q.Quantity.Dimension.IsNone);
        foreach (var q in frame.Operands)
        {
            if (after && q.Quantity.IsPercent && !q.UnitOnly)
            {
                var change = q.Quantity.Value / 100m * (frame.Has("direction.down") && !frame.Has("direction.up") ? -1 : 1);
                yield return new Operand(Quantity.Plain(1 + change), OperandOrigin.Question, $"{(change < 0 ? "1 − " : "1 + ")}{q.Surface}|{label}", "question", 1.0) { Stated = true, Position = q.Start };
                continue;
            }

            // A number the sources give ("the first 10bn") is that figure, cited; any other is taken as stated.
            var fact = q.UnitOnly || q.ExchangeRate || q.Divisor ? null : context.Knowledge.Facts.Figures.FirstOrDefault(f => facts.Of(f) is var known && known.Dimension.Equals(q.Quantity.Dimension) && known.IsPercent == q.Quantity.IsPercent && equivalence.ValuesMatch(Math.Abs(known.Value), Math.Abs(q.Quantity.Value)));
            if (fact is not null)
            {
                yield return facts.Operand(fact, context, 1.0, int.MaxValue) with { Stated = true, Role = q.Role, Position = q.Start, Divisor = q.Divisor };
                continue;
            }

            yield return new Operand(q.Quantity, OperandOrigin.Question, $"{q.Surface}|{label}", "question", 1.0)
            {
                Stated = true,
                Divisor = q.Divisor,
                UnitOnly = q.UnitOnly,
                Role = q.Role,
                Position = q.Start,
            };
        }

        if (frame.Factor is { } factor)
        {
            yield return new Operand(Quantity.Plain(factor), OperandOrigin.Question, $"×{factor}|{label}", "question", 1.0) { Stated = true };
        }
    }

    // The previous answer's result, and the operands it was computed from ("how many households is that?" after
    // "and if it were only 3 GW?" uses the 3 GW).
    private IEnumerable<Operand> Previous(SkillContext context)
    {
        var frame = context.Frame;

        // "是哪个月？" between "how big was that round?" and "这次的是它的几倍？": a turn that gave no amount leaves the
        // amount before it as what "it" is.
        var result = frame.PreviousResult is { Value: not null } last ? last
            : frame.PreviousResult is { Value: null } && frame.Previous?.PreviousResult is { Value: not null } earlier ? earlier
            : null;
        if (!frame.IsFollowUp || result?.Value is not { } value)
        {
            yield break;
        }

        var label = result.ValueLabel ?? "previous";

        // "that" after a quoted figure is the figure: a sourced operand, not a result of the member's.
        if (PreviousFact(context, value, result.ValueLabel) is { } quoted)
        {
            yield return facts.Operand(quoted, context, 1.0, int.MaxValue) with { Origin = OperandOrigin.Previous };
        }
        else
        {
            yield return new Operand(value, OperandOrigin.Previous, label, "previous", 1.0) { Citation = result.Citations.FirstOrDefault() };
        }

        // The numbers the previous question stated ("10 gw is like how many homes?" then "每户呢？" divides the 10 GW).
        foreach (var stated in frame.Previous?.Operands.Where(q => !q.UnitOnly && !q.ExchangeRate) ?? [])
        {
            if (!value.Dimension.Equals(stated.Quantity.Dimension))
            {
                var known = PreviousFact(context, stated.Quantity);
                yield return known is not null
                    ? facts.Operand(known, context, 1.0, int.MaxValue) with { Origin = OperandOrigin.Previous }
                    : new Operand(stated.Quantity, OperandOrigin.Previous, $"{stated.Surface}|{replies.Get("stated", context.Language)}", "question", 1.0);
            }
        }

        if (result.Plan is { } plan)
        {
            foreach (var leaf in plan.Expression.Leaves.Where(l => l.Stated && !l.UnitOnly))
            {
                yield return leaf with { Origin = OperandOrigin.Previous, Stated = false };
            }
        }
    }

    // The previous answer quoted a curated figure ("10 GW"): "that" is this figure, not a second one like it.
    // Of curated figures with the same value (Stargate's US$500 billion and OpenAI's valuation), the one the previous
    // answer's words name.
    private Core.Facts.FactFigure? PreviousFact(SkillContext context, Quantity value, string? said = null)
    {
        var same = context.Knowledge.Facts.Figures.Where(f => facts.Of(f) is var q && q.Dimension.Equals(value.Dimension) && q.IsPercent == value.IsPercent && equivalence.ValuesMatch(q.Value, value.Value)).ToList();
        if (same.Count <= 1 || said is null)
        {
            return same.FirstOrDefault();
        }

        var words = SkillContext.WordsOf(context.Knowledge.Matcher.QuestionWeights(said));
        return same.Select((f, i) => (Figure: f, Score: context.Knowledge.Matcher.Score(words, FactScoring.TextsOf(f)), Order: i))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Order).First().Figure;
    }

    // Curated figures, and figures of retrieved sentences, that match what the question is about.
    private IEnumerable<Operand> Sources(SkillContext context, List<CalculationGoal> goals, List<Operand> stated, IReadOnlySet<string> named)
    {
        var bases = goals.SelectMany(g => Bases(g, stated)).ToHashSet(StringComparer.Ordinal);
        var percent = goals.Any(g => g.Percent);
        var order = context.Knowledge.Facts.Figures.Select((f, i) => (f, i)).ToDictionary(x => x.f.Id, x => x.i, StringComparer.Ordinal);
        var ofKind = FactScoring.Figures(context)
            .Where(x => !stated.Any(s => s.Fact?.Id == x.Figure.Id))
            .Select(x => facts.Operand(x.Figure, context, Math.Min(1, Math.Max(0, x.Score)), order[x.Figure.Id]))
            .Where(o => bases.Count == 0 || o.Quantity.Dimension.Exponents.Keys.Any(bases.Contains) || (percent && o.Quantity.IsPercent))
            .ToList();
        var fitting = ofKind.Where(o => o.Relevance >= MinimumRelevance).ToList();

        // The best overall, the best naming each thing the question is about ("Stargate" against "Nvidia's
        // planned investment"), so a comparison finds both sides, and the best of what a rate is per ("每户": the
        // households), however few words of the question it shares.
        var denominators = goals.SelectMany(g => g.Dimension.Split().Denominator.Exponents.Keys).ToHashSet(StringComparer.Ordinal);
        var perThing = context.Knowledge.Facts.Figures
            .Select((f, i) => (Figure: f, Order: i))
            .Where(x => !stated.Any(s => s.Fact?.Id == x.Figure.Id) && facts.Of(x.Figure).Dimension.Exponents.Keys.Any(denominators.Contains))
            .Select(x => facts.Operand(x.Figure, context, MinimumRelevance, x.Order))
            .Take(2);
        // With few words to go on ("what would 3.5 GW cost at the same rate?"), the headline figure of each kind the
        // calculation involves.
        var headlines = context.Knowledge.Facts.Figures
            .Select((f, i) => (Figure: f, Order: i))
            .Where(x => x.Figure.Headline && !stated.Any(s => s.Fact?.Id == x.Figure.Id) && facts.Of(x.Figure).Dimension.Exponents.Keys.Any(bases.Contains))
            .GroupBy(x => facts.Of(x.Figure).Dimension)
            .Select(g => g.First())
            .Select(x => facts.Operand(x.Figure, context, MinimumRelevance, x.Order));
        var chosen = fitting.Take(SourceCandidates)
            // A subject only inherited from the turn before ("how many times … is it?" after Stargate) weighs little
            // in the question's words, but its figure is still the one the comparison needs.
            .Concat(context.Subjects.SelectMany(subject => ofKind.Where(o => o.Relevance >= MinimumRelevance
                    ? FactScoring.Names(context, subject, FactScoring.TextsOf(o.Fact!))
                    : FactScoring.Names(context, subject, [o.Fact!.Label.En, o.Fact.Label.Zh])).Take(2))
                .Select(o => o with { Relevance = Math.Max(o.Relevance, MinimumRelevance) }))
            .Concat(perThing)
            .Concat(headlines)
            .DistinctBy(o => o.Fact?.Id)
            .ToList();
        foreach (var operand in chosen)
        {
            yield return operand;
        }

        // Figures of the retrieved sentences: an article added later states figures no curated fact has.
        // The best-ranked passages count too, for figures of what the goal measures: a question about a new article
        // may share few words with the sentence that states its figure ("每个学员" and "首期招收800名学员").
        var words = context.Words;
        var sentences = SentencePicker.Candidates(context)
            .Where(c => c.Figures.Count > 0 && (c.Coverage >= SentenceRelevance || c.Rank < RankedPassages))
            .OrderByDescending(c => c.Coverage)
            .Take(SentencesRead + RankedPassages);
        foreach (var sentence in sentences)
        {
            foreach (var figure in sentence.Figures)
            {
                if (facts.Of(figure, sentence.Sentence) is not { } quantity || chosen.Any(o => o.Quantity.Dimension.Equals(quantity.Dimension) && equivalence.ValuesMatch(o.Quantity.Value, quantity.Value))
                    || context.Knowledge.Facts.Figures.Any(f => equivalence.ValuesMatch(f.Value, figure.Value) && f.Kind == figure.Kind)
                    || (sentence.Coverage < SentenceRelevance && !quantity.Dimension.Exponents.Keys.Any(bases.Contains)))
                {
                    continue;
                }

                var relevance = Math.Min(1, Math.Max(sentence.Coverage, RankRelevance / (1 + sentence.Rank)));
                if (named.Contains(sentence.Passage.SourceId))
                {
                    relevance = NamedArticleRelevance + ((1 - NamedArticleRelevance) * sentence.Coverage);
                }

                // Of the figures one sentence lists, the one whose own clause speaks of what the question names ("地热" and
                // "340 megawatts of geothermal power", not the solar farm's 900 megawatts beside it); a figure whose
                // neighbour's clause names it better ("600 MW, which count towards the first phase of 1 GW") owes the
                // sentence's match to that neighbour.
                var share = FigureClause.Share(context, words, sentence.Sentence, figure);
                // Only figures of the same kind compete (a date beside a capacity names another thing); a neighbour the
                // member already stated ("占第一阶段1千兆瓦的多少") is accounted for: the sentence's other figure is sought.
                var neighbour = sentence.Figures
                    .Where(f => f != figure && f.Kind == figure.Kind && !stated.Any(s => s.Stated && equivalence.ValuesMatch(s.Quantity.Value, f.Value)))
                    .Select(f => FigureClause.Share(context, words, sentence.Sentence, f))
                    .DefaultIfEmpty(0)
                    .Max();
                relevance = Math.Max(0, Math.Min(1, relevance + (ClauseBonus * share) - (neighbour > share ? (neighbour - share) * NeighbourWeight : 0)));

                // "12b in at the valuation they used for it": a sentence that states the member's own amount ("a first
                // investment of US$12 billion … based on a valuation of US$640 billion") tells what goes with it.
                if (sentence.Figures.Any(f => f != figure && f.Kind == figure.Kind && stated.Any(s => s.Origin == OperandOrigin.Question && equivalence.ValuesMatch(s.Quantity.Value, f.Value))))
                {
                    relevance = Math.Min(1, relevance + CompanionBonus);
                }

                yield return new Operand(quantity, OperandOrigin.Passage, sentence.Passage.Title, $"{sentence.Passage.SourceId}#{sentence.Passage.Position}", relevance)
                {
                    Citation = Citations.ForPassage(sentence.Passage, sentence.Sentence),
                    Articles = [sentence.Passage.SourceId],
                };
            }
        }
    }

    // The one counted noun the member's rates are per ("150 kW a rack" is per rack), if exactly one.
    private static string? PerCounted(List<Operand> stated)
    {
        var nouns = stated.SelectMany(s => s.Quantity.Dimension.Split().Denominator.CountedNouns).Distinct(StringComparer.Ordinal).ToList();
        return nouns.Count == 1 ? nouns[0] : null;
    }

    // The base dimensions a calculation toward the goal can involve: the goal's own, and those of the stated numbers.
    private static HashSet<string> Bases(CalculationGoal goal, List<Operand> stated)
    {
        var bases = goal.Dimension.Exponents.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var operand in stated)
        {
            bases.UnionWith(operand.Quantity.Dimension.Exponents.Keys);
        }

        return bases;
    }

    // "and in yen?": a currency the answer would need a rate for that nobody gave.
    private static string? NeedsRate(CalculationGoal goal, List<Operand> stated, QuestionFrame frame)
    {
        var wanted = goal.Dimension.Split().Numerator.Currency;
        if (wanted is null || wanted == FigureUnits.Usd || frame.Quantities.Target.Currency is null)
        {
            return null;
        }

        var haveRate = stated.Any(o => o.Quantity.Dimension.Currencies.Count() == 2) || stated.Any(o => o.Quantity.Dimension.Split().Numerator.Currency == wanted && !o.Quantity.Dimension.Split().Denominator.IsNone);
        var haveAmount = stated.Any(o => o.Quantity.Dimension.Currencies.Contains(wanted) && o.Quantity.Dimension.Currencies.Count() == 1);

        // "half of that?" after an answer in euros: the amount is in euros already.
        var haveResult = frame.PreviousResult?.Value?.Dimension.Split().Numerator.Currency == wanted;
        return haveRate || haveAmount || haveResult ? null : wanted;
    }

    // "and if it were only 3 GW?": the previous calculation again, with the stated number in place of its like.
    private static CalculationPlan? Substitute(SkillContext context, List<Operand> stated)
    {
        var frame = context.Frame;
        if (!frame.IsFollowUp || frame.PreviousResult?.Plan is not { } plan || stated.Count != 1 || stated[0].UnitOnly || frame.Quantities.Target.Currency is not null)
        {
            return null;
        }

        var replacement = stated[0];
        var leaves = plan.Expression.Leaves.ToList();
        var like = leaves.Where(l => l.Quantity.Dimension.Equals(replacement.Quantity.Dimension) && l.Quantity.IsPercent == replacement.Quantity.IsPercent && !l.UnitOnly).ToList();
        if (like.Count > 1)
        {
            // "要是估值只有4000亿呢？" after a stake of 10bn at a 500bn valuation: of two amounts, the one the question names.
            // Only what this message itself names counts: the conversation's concepts name every amount of it.
            var own = context.Knowledge.Glossary.Find(Core.Text.ChineseScript.ToSimplified(frame.Text.Text)).Where(m => m.Entry.Kind == "concept").Select(m => m.Entry.Id).ToHashSet(StringComparer.Ordinal);
            like = Named(context, like, own);
        }

        if (like.Count != 1 || like[0].Quantity.Value == replacement.Quantity.Value)
        {
            return null;
        }

        // "what if just 7 GW end up built?" after "how much per GW?": the rate of two figures that go together stays,
        // and applies to the new amount (× 7 GW), rather than the same total being spread over it.
        if (plan.Expression is Binary { Operation: Operation.Divide, Left: Leaf { Operand: var whole }, Right: Leaf { Operand: var per } }
            && per == like[0] && whole.Fact is { } wholeFact && per.Fact is { } perFact && (wholeFact.PairsWith.Contains(perFact.Id) || perFact.PairsWith.Contains(wholeFact.Id)))
        {
            var scaled = new Binary(Operation.Multiply, plan.Expression, new Leaf(replacement));
            return scaled.Evaluate() is { } amount ? new CalculationPlan(scaled, amount, new CalculationGoal(whole.Quantity.Dimension, false, Operation.Multiply, null)) : null;
        }

        var expression = Replace(plan.Expression, like[0], new Leaf(replacement));
        return Redone(plan, expression);
    }

    // "what about stargate?" after "how many times bigger is the openai plan (than Intel's)?": the same calculation
    // with the figure of the thing now named in place of the figure of the thing it replaces.
    private CalculationPlan? ForAnother(SkillContext context)
    {
        var frame = context.Frame;
        if (!frame.IsFollowUp || frame.PreviousResult?.Plan is not { } plan || frame.Previous is not { } previous)
        {
            return null;
        }

        static bool Replaces(Core.Matching.GlossaryMatch e) => e.Entry.Kind is "company" or "project" or "person" or "product";
        var added = frame.Entities.Where(e => Replaces(e) && !previous.EntityIds.Contains(e.Entry.Id) && !context.Knowledge.CoreEntities.Contains(e.Entry.Id)).Select(e => e.Entry.Id).Distinct().ToList();
        if (added.Count != 1)
        {
            return null;
        }

        var leaves = plan.Expression.Leaves.ToList();
        // What the previous question brought in itself (not the answer before it) is what the new name takes the place
        // of: "what about stargate?" after "how many times bigger is the openai plan (than Intel's US$5 billion)?".
        var own = leaves.Where(l => l.Fact is not null && l.Origin != OperandOrigin.Previous).ToList();
        var old = own.Count == 1 ? own
            : leaves.Where(l => l.Fact is { } f && context.Knowledge.Glossary.Find(f.Label.En).Any(m => Replaces(m) && !context.Knowledge.CoreEntities.Contains(m.Entry.Id) && !frame.EntityIds.Contains(m.Entry.Id))).ToList();
        if (old.Count != 1)
        {
            return null;
        }

        var dimension = old[0].Quantity.Dimension;
        var replacement = context.Knowledge.Facts.Figures
            .Select((f, i) => (Figure: f, Order: i))
            .FirstOrDefault(x => FactScoring.Names(context, added[0], [x.Figure.Label.En, x.Figure.Label.Zh]) && facts.Of(x.Figure) is var q && q.Dimension.Equals(dimension) && q.IsPercent == old[0].Quantity.IsPercent);
        if (replacement.Figure is null)
        {
            return null;
        }

        var expression = Replace(plan.Expression, old[0], new Leaf(facts.Operand(replacement.Figure, context, 1.0, replacement.Order)));
        return Redone(plan, expression);
    }

    // "what if the valuation were double?": the previous calculation with the figure the question names scaled.
    private CalculationPlan? Scaled(SkillContext context, List<Operand> stated)
    {
        var frame = context.Frame;
        var factor = frame.Factor
            ?? (frame.Has("frame.hypothetical") && stated.Count == 1 && stated[0] is { UnitOnly: false, Quantity: { IsPercent: false, Dimension.IsNone: true } } only ? only.Quantity.Value : null);
        if (!frame.IsFollowUp || factor is null || frame.PreviousResult?.Plan is not { } plan)
        {
            return null;
        }

        var named = Named(context, plan.Expression.Leaves, frame.Concepts);
        if (named.Count != 1)
        {
            return null;
        }

        var expression = Replace(plan.Expression, named[0], new Binary(Operation.Multiply, new Leaf(named[0]), new Leaf(new Operand(Quantity.Plain(factor.Value), OperandOrigin.Question, $"×{factor}|{context.Own(replies.Get("stated", context.Language))}", "question", 1.0) { Stated = true })));
        return Redone(plan, expression);
    }

    // The operands whose curated figure the question names: by one of its aliases, or by one of the concepts given.
    private static List<Operand> Named(SkillContext context, IEnumerable<Operand> leaves, IEnumerable<string> concepts) =>
        [.. leaves.Where(l => l.Fact is { } f && (FactScoring.AliasUsed(f, context) || concepts.Any(c => FactScoring.Names(context, c, [f.Label.En, f.Label.Zh]))))];

    // The previous plan with another expression in place of one of its operands, evaluated; null when it has no value.
    private static CalculationPlan? Redone(CalculationPlan plan, Expression expression) =>
        expression.Evaluate() is { } value ? plan with { Expression = expression, Result = plan.Goal.Percent && !value.IsPercent ? Quantity.Percent(value.Value * 100m) : value } : null;

    private static Expression Replace(Expression expression, Operand old, Expression replacement) => expression switch
    {
        Leaf leaf when leaf.Operand == old => replacement,
        Binary binary => binary with { Left = Replace(binary.Left, old, replacement), Right = Replace(binary.Right, old, replacement) },
        _ => expression,
    };

    private SkillBid NoRate(SkillContext context, string currency)
    {
        var text = context.Own(replies.Get("no_rate", context.Language, ("currency", CurrencyName(currency, context.Language))));
        var answer = new ComposedAnswer(AnswerStatus.NotInSources, text, [], [], null, [$"calculation: no exchange rate to {currency}"]);
        return new SkillBid(Name, 0.85, answer, new TurnResult(Name));
    }

    private static string CurrencyName(string code, string language) => (code, language == Languages.Chinese) switch
    {
        ("EUR", false) => "euros",
        ("EUR", true) => "欧元",
        ("CNY", false) => "yuan",
        ("CNY", true) => "人民币",
        ("JPY", false) => "yen",
        ("JPY", true) => "日元",
        ("GBP", false) => "pounds",
        ("GBP", true) => "英镑",
        _ => code,
    };

    private SkillBid Compose(SkillContext context, CalculationPlan plan, double confidence, string why)
    {
        var language = context.Language;
        var zh = language == Languages.Chinese;
        var leaves = plan.Expression.Leaves.ToList();
        var result = plan.Result;
        var shown = Show(result, plan.Goal, language, context.Frame.Quantities.Target.Per);
        var working = Working(plan.Expression, language, top: true);

        // The display carries the working, so every number the answer shows is one the calculation vouches for.
        var calculations = new List<Calculation> { Calculation(plan.Expression, result, $"{shown} = {working}", leaves) };

        var headline = shown;
        if (plan.Goal.Percent && plan.Expression is Binary { Operation: Operation.Divide, Left: Leaf { Operand: var part }, Right: Leaf { Operand: var whole } } && IsValuation(context, whole))
        {
            // A stake counted after the investment: investment / (valuation + investment).
            var post = new Binary(Operation.Divide, new Leaf(part), new Binary(Operation.Add, new Leaf(whole), new Leaf(part)));
            if (post.Evaluate() is { } value)
            {
                var postResult = Quantity.Percent(value.Value * 100m);
                var postShown = formatter.Format(postResult, language);
                calculations.Add(Calculation(post, postResult, postShown, leaves));
                // The stake asked for after the money lands leads; the other way of counting follows.
                headline = replies.Get(context.Frame.Has("frame.postmoney") ? "post_money_first" : "post_money", language, ("pre", shown), ("post", postShown));
            }
        }

        if (QuantityFormatter.Round(result.Value) != result.Value && !plan.Goal.Percent)
        {
            headline = replies.Get("about", language, ("value", headline));
        }

        var citations = Citations.Distinct(leaves.Select(l => l.Citation));
        var asOf = Citations.AsOf(citations);
        var text = zh
            ? $"{headline}。{replies.Get("working", language, ("working", working))}{replies.AsReported(asOf, language)}。"
            : $"{Capital(headline)}. {replies.Get("working", language, ("working", working))}{replies.AsReported(asOf, language)}.";
        if (leaves.Any(l => l.Fact is { Qualifier: not Qualifier.Exact }))
        {
            text += replies.Get("hedged", language);
        }

        foreach (var (label, value, citation) in References(context, leaves, citations.Count == 0))
        {
            text += replies.Get("reference", language, ("label", label), ("value", value + replies.AsReported(citation.Published, language)));
            citations = Citations.Distinct([.. citations, citation]);
        }

        asOf = Citations.AsOf(citations);
        var answer = new ComposedAnswer(AnswerStatus.Answered, context.Own(text), citations, calculations, asOf, [$"calculation: {plan.Expression.Machine()} = {Leaf.Number(result.Value)} ({why})"]);
        var turn = new TurnResult(Name) { Value = result, ValueLabel = shown, Plan = plan, FactIds = leaves.Where(l => l.Fact is not null).Select(l => l.Fact!.Id).ToList() };
        return new SkillBid(Name, confidence, answer, turn);
    }

    private string Show(Quantity result, CalculationGoal goal, string language, UnitMention? per)
    {
        var shown = formatter.Format(result, language, goal.Display, Qualifier.Exact, per);
        return result.IsPercent && goal.Operation == Operation.Subtract
            ? replies.Get("points", language, ("value", shown.TrimEnd('%')))
            : shown;
    }

    // The expression writes power in GW (Leaf.Machine: "100e9 / 10" is US$100 billion over 10 GW) while a quantity
    // holds watts, so the result is stated in GW too: "100e9 / 10" = "1e10" US$ per GW, as the Calculator plugin
    // states it, and not 10 US$ per watt. Results without power keep their base units.
    private static Calculation Calculation(Expression expression, Quantity result, string shown, IReadOnlyList<Operand> leaves)
    {
        var power = result.IsPercent ? 0 : result.Dimension.Exponents.GetValueOrDefault(Dimension.Power);
        var value = result.Value;
        for (var i = 0; i < Math.Abs(power); i++)
        {
            value = power > 0 ? value / 1e9m : value * 1e9m;
        }

        var (numerator, denominator) = result.Dimension.Split();
        string Name(Dimension part) => string.Concat(part.Exponents.Select(e =>
            (e.Key == Dimension.Power ? "GW" : e.Key == Dimension.Time ? "h" : e.Key[(e.Key.IndexOf(':', StringComparison.Ordinal) + 1)..]) + (e.Value == 1 ? string.Empty : "^" + e.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var unit = power == 0
            ? result.IsPercent ? "%" : result.Dimension.Currency ?? (result.Dimension.IsNone ? "x" : result.Dimension.ToString())
            : denominator.IsNone ? Name(numerator) : $"{(numerator.IsNone ? "1" : Name(numerator))}/{Name(denominator)}";
        // A share is written in points: "a / b * 100", or "(0.044 - 0.008) * 100" for percentages taken apart.
        var machine = expression.Machine();
        machine = !result.IsPercent ? machine
            : expression.Leaves.Any(l => l.Quantity.IsPercent) ? (expression is Binary ? $"({machine}) * 100" : $"{machine} * 100")
            : expression is Binary { Operation: Operation.Divide } ? machine + " * 100" : machine;
        return new(machine,
            Plugins.MachineNumber.Scientific(value),
            leaves.Select(l => l.Reference).Distinct().ToList(),
            shown,
            unit);
    }

    // "US$45 billion per GW (as stated in the question) × 3 GW (as stated in the question)".
    private string Working(Expression expression, string language, bool top)
    {
        if (expression is Leaf leaf)
        {
            return Describe(leaf.Operand, language);
        }

        var binary = (Binary)expression;
        var symbol = binary.Operation switch
        {
            Operation.Multiply => "×",
            Operation.Divide => "÷",
            Operation.Subtract => "−",
            _ => "+",
        };
        var text = $"{Working(binary.Left, language, false)} {symbol} {Working(binary.Right, language, false)}";
        return top ? text : $"({text})";
    }

    private string Describe(Operand operand, string language)
    {
        var zh = language == Languages.Chinese;
        var qualifier = operand.Fact?.Qualifier ?? Qualifier.Exact;
        if (operand.UnitOnly)
        {
            // "a year", "每吉瓦": one of the unit, written in words so it is not read as a number of its own.
            var unit = operand.Label.Split('|')[0];
            return zh ? $"一{unit.TrimStart('一', '每')}" : $"one {unit}";
        }

        var value = operand.Quantity.Dimension.IsNone && !operand.Quantity.IsPercent
            ? Plugins.MachineNumber.Plain(operand.Quantity.Value)
            : operand.Quantity.IsPercent ? formatter.Format(operand.Quantity, language) : formatter.Format(operand.Quantity, language, null, qualifier);
        var label = operand.Origin switch
        {
            OperandOrigin.Question => operand.Label.Split('|')[^1],
            OperandOrigin.Previous => replies.Get("previous", language),
            _ => operand.Label,
        };
        return zh ? $"{value}（{label}）" : $"{value} ({label})";
    }

    // What the sources say of a quantity the member replaced with their own number ("if the valuation were $300bn"),
    // or, when every operand came from the question, of the quantity asked about.
    private IEnumerable<(string Label, string Value, Citation Citation)> References(SkillContext context, List<Operand> leaves, bool allStated)
    {
        foreach (var leaf in leaves.Where(l => l.Origin == OperandOrigin.Question && !l.UnitOnly))
        {
            // The member's valuation stands in for the sources' valuation; any other number, when nothing else is
            // cited, for the headline figure of its kind ("$45bn per GW" next to the planned US$100 billion).
            var numerator = leaf.Quantity.Dimension.Split().Numerator;
            var replaced = leaf.Role is not null
                ? context.Knowledge.Facts.Figures.FirstOrDefault(f => IsValuationFact(context, f) && !equivalence.ValuesMatch(f.Value, leaf.Quantity.Value))
                : allStated
                    ? FactScoring.Figures(context, f => facts.Of(f) is var q && !q.IsPercent && q.Dimension.Equals(numerator)).Select(x => x.Figure).Where(f => f.Headline).FirstOrDefault()
                        ?? FactScoring.Figures(context, f => facts.Of(f) is var q && !q.IsPercent && q.Dimension.Equals(numerator)).Select(x => x.Figure).FirstOrDefault()
                    : null;
            if (replaced is not null && Citations.ForFact(replaced.Sources, context) is { } citation)
            {
                yield return (context.Own(replaced.Label.For(context.Language)), formatter.Format(facts.Of(replaced), context.Language, null, replaced.Qualifier), citation);
                yield break;
            }
        }
    }

    private static bool IsValuation(SkillContext context, Operand operand) =>
        operand.Role == "valuation" || (operand.Fact is { } f && IsValuationFact(context, f));

    private static bool IsValuationFact(SkillContext context, Core.Facts.FactFigure figure) =>
        FactScoring.Names(context, "valuation", [figure.Label.En, figure.Label.Zh]);

    private static string Capital(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
