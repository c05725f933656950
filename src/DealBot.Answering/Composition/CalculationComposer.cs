using System.Globalization;
using DealBot.Answering.Analysis;
using DealBot.Answering.Plugins;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>
/// Answers questions that need arithmetic (per unit, share of a valuation, ratios, remainders, energy over a year,
/// scaling, days between dates) with the calculator plugin, from curated figures chosen by what the question names.
/// Every number of the answer is a calculation result or a cited input.
/// </summary>
internal sealed class CalculationComposer(CalculatorPlugin calculator, FigureFormatter formatter, FigureEquivalence equivalence)
{
    private const decimal Giga = 1_000_000_000m;
    private const int PairCandidates = 4;

    // Breaks near-ties between pairs; too small to outvote what the question's words say.
    private const double PairWeight = 0.1;

    public ComposedAnswer? TryCompose(ComposeContext context)
    {
        var q = context.Question;
        try
        {
            if (q.Has(Intent.Scale))
            {
                return Scale(context);
            }

            if (q.Has(Intent.Stake))
            {
                return Stake(context);
            }

            if (q.Has(Intent.PerUnit))
            {
                return PerUnit(context);
            }

            if (q.Has(Intent.Ratio))
            {
                return Ratio(context);
            }

            if (q.Has(Intent.Remainder))
            {
                return Remainder(context);
            }

            if (q.Has(Intent.Energy) && (q.Has(Intent.Power) || q.Numbers.Any(n => n.Kind == FigureKind.Power)))
            {
                return Energy(context);
            }
        }
        catch (CalculationException)
        {
            // The figures chosen do not fit the computation; the other composers take the question.
            return null;
        }

        return null;
    }

    private ComposedAnswer? PerUnit(ComposeContext context)
    {
        var q = context.Question;
        var denominatorKind = q.PerUnitKind ?? FigureKind.Power;
        // "Power per household" divides power; "investment per GW" divides money.
        var numeratorKind = denominatorKind == FigureKind.Power || (q.Has(Intent.Amount) && !q.Has(Intent.Power)) ? FigureKind.Money : FigureKind.Power;
        var (numerator, denominator) = PerUnitPair(context, numeratorKind, denominatorKind);
        if (numerator is null || denominator is null)
        {
            return null;
        }

        var per = denominatorKind == FigureKind.Power ? "GW" : q.PerUnitNoun ?? "unit";
        var count = denominatorKind == FigureKind.Power ? denominator.Value / Giga : denominator.Value;
        var amount = numerator.Kind == FigureKind.Power ? numerator.Value / Giga : numerator.Value;
        var result = calculator.PerUnit(amount, count, per, numerator.Kind == FigureKind.Power ? "GW" : numerator.Unit, context.Language, [Ref(numerator), Ref(denominator)]);
        return Answer(context, result, [numerator, denominator], "÷");
    }

    // The amount and the units it is divided by are chosen together: figures stated by the same articles share a scope
    // (the planned total over the planned capacity, the first tranche over the first phase). A figure the question
    // states is taken as it is.
    private (FactFigure? Numerator, FactFigure? Denominator) PerUnitPair(ComposeContext context, FigureKind numeratorKind, FigureKind denominatorKind)
    {
        IEnumerable<(FactFigure Figure, double Score)> Candidates(FigureKind kind) =>
            Stated(context, kind) is { } stated ? [(stated, 1.0)] : FactSelector.Figures(context, f => f.Kind == kind).Take(PairCandidates);

        var best = Candidates(numeratorKind)
            .SelectMany(n => Candidates(denominatorKind).Where(d => d.Figure != n.Figure).Select(d => (Numerator: n.Figure, Denominator: d.Figure, Score: n.Score + d.Score + (PairWeight * SharedSources(n.Figure, d.Figure)))))
            .DefaultIfEmpty()
            .MaxBy(p => p.Score);
        return (best.Numerator, best.Denominator);
    }

    // The share of the two figures' articles that state both.
    private static double SharedSources(FactFigure a, FactFigure b)
    {
        var first = a.Sources.Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        var second = b.Sources.Select(s => s.ArticleId).ToHashSet(StringComparer.Ordinal);
        var union = first.Union(second).Count();
        return union == 0 ? 0 : (double)first.Intersect(second).Count() / union;
    }

    private ComposedAnswer? Stake(ComposeContext context)
    {
        var (statedInvestment, statedValuation) = StatedStake(context);
        var valuation = statedValuation ?? FactSelector.Figures(context, f => f.Kind == FigureKind.Money && IsValuation(f)).FirstOrDefault().Figure;
        var investment = statedInvestment
            ?? PreferStated(context, FigureKind.Money, f => f != valuation)
            ?? FactSelector.Figures(context, f => f.Kind == FigureKind.Money && f != valuation && !IsValuation(f)).FirstOrDefault().Figure;
        if (valuation is null || investment is null)
        {
            return null;
        }

        var inputs = new[] { Ref(investment), Ref(valuation) };
        var pre = calculator.ShareOfValuation(investment.Value, valuation.Value, false, context.Language, inputs);
        var post = calculator.ShareOfValuation(investment.Value, valuation.Value, true, context.Language, inputs);
        var headline = context.Language == Languages.Chinese
            ? $"约{pre.Display}（若按投资后估值计算约为{post.Display}）"
            : $"About {pre.Display} ({post.Display} counted post-money)";
        return Answer(context, headline, [pre, post], [investment, valuation], "÷");
    }

    // "What would $20 billion buy at a $500 billion valuation?": of two amounts the question states, the larger is the
    // valuation; a single one is the valuation when the question calls it so or a curated valuation has its value.
    private (FactFigure? Investment, FactFigure? Valuation) StatedStake(ComposeContext context)
    {
        var stated = StatedFigures.Of(context, FigureKind.Money, equivalence);
        if (stated.Count >= 2 && stated.Max(s => s.Number.Value) > stated.Min(s => s.Number.Value))
        {
            return (stated.MinBy(s => s.Number.Value).Figure, stated.MaxBy(s => s.Number.Value).Figure);
        }

        if (stated.Count == 0)
        {
            return (null, null);
        }

        var (number, figure) = stated[0];
        var isValuation = StatedFigures.IsStated(figure) ? StatedFigures.CalledValuation(context.Question.Text, number) : IsValuation(figure);
        return isValuation ? (null, figure) : (figure, null);
    }

    private ComposedAnswer? Ratio(ComposeContext context)
    {
        var stated = context.Question.Numbers.Where(n => n.Kind is FigureKind.Money or FigureKind.Power).ToList();
        var ranked = FactSelector.Figures(context, f => f.Kind == FigureKind.Money || f.Kind == FigureKind.Power).Where(x => x.Score >= FactSelector.MinimumScore / 2).ToList();
        if (ranked.Count < 2 && stated.Count < 2)
        {
            return null;
        }

        var first = ranked.FirstOrDefault().Figure;
        if (first is null)
        {
            return null;
        }

        // The second amount is the one that covers what the first leaves of the question ("Stargate" after "Nvidia's
        // planned investment in OpenAI"), not a near-duplicate of the first.
        var covered = context.Terms.Where(t => context.Matcher.Score(new Dictionary<string, double> { [t.Key] = t.Value }, first) > 0).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var rest = context.Terms.Where(t => !covered.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var second = ranked.Skip(1).Select(x => x.Figure)
            .Where(f => f.Kind == first.Kind && f.Value != first.Value)
            .OrderByDescending(f => rest.Count == 0 ? 0 : context.Matcher.Score(rest, f))
            .FirstOrDefault();
        if (second is null)
        {
            return null;
        }

        // The one the question names first is compared with the other ("how many times larger is A than B").
        // A multiple reads best as the larger over the smaller ("20 times", not "0.05 times"); the working says which is which.
        var (a, b) = Position(context, first, second) <= Position(context, second, first) ? (first, second) : (second, first);
        if (a.Value < b.Value)
        {
            (a, b) = (b, a);
        }

        var result = calculator.Ratio(a.Value, b.Value, context.Language, [Ref(a), Ref(b)]);
        return Answer(context, result, [a, b], "÷");
    }

    private ComposedAnswer? Remainder(ComposeContext context)
    {
        var money = FactSelector.Figures(context, f => f.Kind == FigureKind.Money && !IsValuation(f)).ToList();
        var total = money.Select(x => x.Figure).Where(f => f.Qualifier is Qualifier.UpTo or Qualifier.AtLeast).FirstOrDefault() ?? money.FirstOrDefault().Figure;
        var part = money.Select(x => x.Figure).FirstOrDefault(f => f != total && total is not null && f.Value < total.Value);
        if (total is null || part is null)
        {
            return null;
        }

        var result = calculator.Remainder(total.Value, part.Value, total.Unit, context.Language, [Ref(total), Ref(part)]);
        return Answer(context, result, [total, part], "−");
    }

    private ComposedAnswer? Energy(ComposeContext context)
    {
        // A power the sources contradict is computed with the sources' figure instead (see Stated).
        var power = Stated(context, FigureKind.Power) ?? FactSelector.Figures(context, f => f.Kind == FigureKind.Power).FirstOrDefault().Figure;
        if (power is null)
        {
            return null;
        }

        var result = calculator.PowerToEnergy(power.Value / Giga, "GW", MeasureUnits.HoursPerYear, "TWh", context.Language, [Ref(power)]);
        var hours = string.Create(CultureInfo.InvariantCulture, $" × {MeasureUnits.HoursPerYear:#,0} {(context.Language == Languages.Chinese ? "小时" : "h")}");
        return Answer(context, result.Display, [result], [power], "×", hours);
    }

    private ComposedAnswer? Scale(ComposeContext context)
    {
        var powers = StatedFigures.Of(context, FigureKind.Power, equivalence);
        var units = powers.Count > 0 ? powers[^1].Number : context.Question.Numbers.First(n => n.Kind == FigureKind.Power);

        // "If Nvidia invested $40 billion per 4 GW, what would 10 GW cost?": the rate the question states comes first.
        var statedRate = powers.Count >= 2 ? StatedFigures.Of(context, FigureKind.Money, equivalence).Select(s => s.Figure).FirstOrDefault(StatedFigures.IsStated) : null;
        var total = statedRate ?? FactSelector.Figures(context, f => f.Kind == FigureKind.Money && !IsValuation(f)).FirstOrDefault().Figure;
        var capacity = statedRate is null ? FactSelector.Figures(context, f => f.Kind == FigureKind.Power).FirstOrDefault().Figure : powers[0].Figure;
        if (total is null || capacity is null)
        {
            return null;
        }

        var inputs = new[] { Ref(total), Ref(capacity) };
        var rate = calculator.PerUnit(total.Value, capacity.Value / Giga, "GW", total.Unit, context.Language, inputs);
        var scaled = calculator.Scale(units.Value / Giga, rate.Value, total.Unit, context.Language, inputs);
        var headline = context.Language == Languages.Chinese
            ? $"按同等比例（{rate.Display}），{formatter.Format(FigureKind.Power, units.Value, FigureUnits.Watt, Qualifier.Exact, context.Language)}对应约{scaled.Display}"
            : $"At the same rate ({rate.Display}), {formatter.Format(FigureKind.Power, units.Value, FigureUnits.Watt, Qualifier.Exact, context.Language)} would mean about {scaled.Display}";
        return Answer(context, headline, [rate, scaled], [total, capacity], "÷");
    }

    private ComposedAnswer Answer(ComposeContext context, CalculationResult result, IReadOnlyList<FactFigure> inputs, string op) =>
        Answer(context, result.Display, [result], inputs, op);

    private ComposedAnswer Answer(ComposeContext context, string headline, IReadOnlyList<CalculationResult> results, IReadOnlyList<FactFigure> inputs, string op, string constant = "")
    {
        var zh = context.Language == Languages.Chinese;
        var parts = inputs.Select(f =>
        {
            var value = formatter.Format(f.Kind, f.Value, f.Unit, f.Qualifier, context.Language);
            var label = f.Label.For(context.Language);
            return zh ? $"{value}（{label}）" : $"{value} ({label})";
        });
        var working = string.Join($" {op} ", parts) + constant;
        var citations = CitationBuilder.Distinct(inputs.Select(f => CitationBuilder.ForFact(f.Sources, context)));
        var asOf = CitationBuilder.AsOf(citations);
        var text = zh
            ? $"{headline}。计算：{working}{AnswerPhrases.AsReported(asOf, context.Language)}。"
            : $"{headline}. Working: {working}{AnswerPhrases.AsReported(asOf, context.Language)}.";
        if (inputs.Any(f => f.Qualifier != Qualifier.Exact))
        {
            text += zh ? "注意：输入数字带有“最高”“至少”等限定，结果同样是按这些数字推算的。" : " Note: the inputs are hedged (\"up to\", \"at least\"), so the result is too.";
        }

        if (citations.Count == 0 && Reference(context, inputs[0].Kind) is { } known)
        {
            // Every input came from the question: the answer still shows, cited, what the sources say of that quantity.
            citations = CitationBuilder.Distinct([CitationBuilder.ForFact(known.Sources, context)]);
            asOf = CitationBuilder.AsOf(citations);
            var value = formatter.Format(known.Kind, known.Value, known.Unit, known.Qualifier, context.Language);
            text += AnswerPhrases.Reference(known.Label.For(context.Language), value + AnswerPhrases.AsReported(asOf, context.Language), context.Language);
        }

        return new ComposedAnswer(AnswerStatus.Answered, text, citations, results.Select(r => r.ToCalculation()).ToList(), asOf, [$"calculator: {string.Join("; ", results.Select(r => $"{r.Expression} = {r.Result}"))}"]);
    }

    // A figure the question states ("the first $10 billion") picks the curated figure with that value; a number of a
    // false premise ("since Nvidia invests $300 billion, how much is that per GW?") stands for the figure the sources give.
    private FactFigure? PreferStated(ComposeContext context, FigureKind kind, Func<FactFigure, bool>? where = null)
    {
        foreach (var number in context.Question.Numbers.Where(n => n.Kind == kind))
        {
            if (IsCorrected(context, number) && (where is null || where(context.Premise!.Fact)))
            {
                return context.Premise!.Fact;
            }

            var match = context.Facts.Figures.FirstOrDefault(f => f.Kind == kind && (where is null || where(f)) && equivalence.ValuesMatch(f.Value, number.Value));
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    // The headline figure of a kind: moderators list the headline figures first in the facts file.
    private static FactFigure? Reference(ComposeContext context, FigureKind kind) => context.Facts.Figures.FirstOrDefault(f => f.Kind == kind);

    // A number the question computes with: a curated figure it names by value or a corrected premise (see PreferStated),
    // else a number no source gives, taken as stated.
    private FactFigure? Stated(ComposeContext context, FigureKind kind) =>
        PreferStated(context, kind) ?? StatedFigures.Of(context, kind, equivalence).Select(s => s.Figure).FirstOrDefault(StatedFigures.IsStated);

    // A number of the question's premise that the sources contradict.
    private static bool IsCorrected(ComposeContext context, Figure number) =>
        context.Premise is { Contradicted: true } premise && premise.Claim == number;

    private static bool IsValuation(FactFigure figure) =>
        figure.Label.En.Contains("valuation", StringComparison.OrdinalIgnoreCase) || figure.Label.Zh.Contains("估值", StringComparison.Ordinal);

    // Where the question first names something that this figure's label names and the other's does not.
    private static int Position(ComposeContext context, FactFigure figure, FactFigure other)
    {
        return context.Question.Entities
            .Where(m => Names(figure, m.Entry) && !Names(other, m.Entry))
            .Select(m => m.Start)
            .DefaultIfEmpty(int.MaxValue)
            .Min();
    }

    private static bool Names(FactFigure figure, GlossaryEntry entry) =>
        entry.English.Concat(entry.Chinese).Any(n => figure.Label.En.Contains(n, StringComparison.OrdinalIgnoreCase) || figure.Label.Zh.Contains(n, StringComparison.Ordinal)
            || figure.Aliases.Any(a => a.Contains(n, StringComparison.OrdinalIgnoreCase)));

    private static string Ref(FactFigure figure) => StatedFigures.IsStated(figure) ? StatedFigures.QuestionId :
        string.Create(CultureInfo.InvariantCulture, $"{figure.Sources.FirstOrDefault()?.ArticleId ?? "facts"}#{figure.Id}");
}
