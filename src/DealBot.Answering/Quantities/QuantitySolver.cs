namespace DealBot.Answering.Quantities;

/// <summary>
/// Finds the calculation a question asks for by dimensional analysis: of the expressions (up to three operands) over
/// the available operands whose result measures what the goal asks (money in euros, a share, a count of households),
/// the best uses every number the member stated, the previous result when the question refers to it, and as few and
/// as relevant curated figures as it can, with the operation the question names. "$45bn per GW … 3 GW" becomes
/// 45e9/GW × 3 GW; "$0.08/kWh … 10 GW … a year" becomes 0.08 × 10 GW × 8,760 h; "eur/usd 1.17 … 100bn in euros"
/// becomes 100e9 / 1.17.
/// </summary>
public static class QuantitySolver
{
    private const double StatedWeight = 10;
    private const double UnitOnlyWeight = 3;
    private const double PreviousWeight = 8;
    // A curated figure always costs something (the fewer the better), less the more relevant it is.
    private const double SourceWeight = 2;
    private const double SourceCost = 2.5;
    private const double InvertedCost = 4;
    private const double OperationCost = 0.7;
    private const double NamedOperationBonus = 3;
    private const double UnusedStatedCost = 6;
    private const double ScopeWeight = 0.5;
    private const double OrderWeight = 0.3;
    private const double PairWeight = 3;

    /// <summary>The candidate calculations for <paramref name="goal"/>, best first.</summary>
    public static IReadOnlyList<(CalculationPlan Plan, double Score)> Solve(IReadOnlyList<Operand> operands, CalculationGoal goal, bool wantsPrevious)
    {
        ArgumentNullException.ThrowIfNull(operands);
        ArgumentNullException.ThrowIfNull(goal);
        var candidates = new List<(CalculationPlan, double)>();
        foreach (var expression in Expressions(operands))
        {
            if (Result(expression, goal) is not { } result)
            {
                continue;
            }

            var score = Score(expression, result, goal, operands, wantsPrevious);
            if (!double.IsNegativeInfinity(score))
            {
                candidates.Add((new CalculationPlan(expression, result, goal), score));
            }
        }

        candidates.Sort(static (a, b) => b.Item2.CompareTo(a.Item2));
        return candidates;
    }

    // Leaves, pairs and triples of distinct operands under every operation; products once per pair.
    private static IEnumerable<Expression> Expressions(IReadOnlyList<Operand> operands)
    {
        var leaves = operands.Select(o => (Expression)new Leaf(o)).ToList();
        var pairs = new List<Expression>();
        foreach (var expression in leaves)
        {
            yield return expression;
        }

        for (var i = 0; i < leaves.Count; i++)
        {
            for (var j = 0; j < leaves.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                foreach (var op in Enum.GetValues<Operation>())
                {
                    if (op is Operation.Multiply or Operation.Add && j < i)
                    {
                        continue;
                    }

                    var pair = new Binary(op, leaves[i], leaves[j]);
                    pairs.Add(pair);
                    yield return pair;
                }
            }
        }

        foreach (var pair in pairs)
        {
            var used = pair.Leaves.ToHashSet();
            foreach (var leaf in leaves.Where(l => !used.Contains(((Leaf)l).Operand)))
            {
                foreach (var op in Enum.GetValues<Operation>())
                {
                    yield return new Binary(op, pair, leaf);
                    yield return new Binary(op, leaf, pair);
                }
            }
        }
    }

    private static Quantity? Result(Expression expression, CalculationGoal goal)
    {
        if (expression.Evaluate() is not { } value)
        {
            return null;
        }

        // "How many points apart": the larger less the smaller, so the working reads as the result it gives.
        if (goal.Absolute && value.Value < 0 && expression is Binary { Operation: Operation.Subtract })
        {
            return null;
        }

        if (goal.Percent)
        {
            if (value.IsPercent && value.Dimension.IsNone)
            {
                return value with { Value = goal.Absolute ? Math.Abs(value.Value) : value.Value };
            }

            return value.Dimension.IsNone && expression is Binary { Operation: Operation.Divide } ? Quantity.Percent(value.Value * 100m) : null;
        }

        // "how many racks does $10 billion buy at $3 million each": a count of things the sources do not name.
        if (goal.Dimension.CountedNoun == "thing" && value.Dimension.IsNone && !value.IsPercent && expression is Binary { Operation: Operation.Divide })
        {
            return new Quantity(value.Value, goal.Dimension);
        }

        if (value.IsPercent || !value.Dimension.Equals(goal.Dimension))
        {
            return null;
        }

        return goal.Absolute ? value with { Value = Math.Abs(value.Value) } : value;
    }

    private static double Score(Expression expression, Quantity result, CalculationGoal goal, IReadOnlyList<Operand> all, bool wantsPrevious)
    {
        var leaves = expression.Leaves.ToList();
        if (leaves.Select(l => (l.Quantity.Value, l.Quantity.Dimension)).Distinct().Count() < leaves.Count)
        {
            // The same value twice is one thing counted twice ("the first 10bn" and the first tranche).
            return double.NegativeInfinity;
        }

        var score = 0.0;
        foreach (var leaf in leaves)
        {
            score += leaf switch
            {
                { Origin: OperandOrigin.Previous } => PreviousWeight,
                { UnitOnly: true } => UnitOnlyWeight,
                { Stated: true } => StatedWeight,
                _ => (SourceWeight * leaf.Relevance) - SourceCost,
            };
        }

        // "10 GW is how many homes?": the member names the figure a curated one goes with, so that one is the answer.
        var namedPair = expression is Leaf { Operand.Fact: { } alone } ? all.Where(o => o.Stated && o.Fact is { } f && alone.PairsWith.Contains(f.Id)).ToList() : [];
        score += namedPair.Count * StatedWeight;

        // A number the member stated is meant to be used; a percentage cannot be (it does not combine with amounts),
        // so leaving one out costs nothing.
        score -= all.Count(o => o.Stated && !o.UnitOnly && !o.Quantity.IsPercent && !leaves.Contains(o) && !namedPair.Contains(o)) * UnusedStatedCost;
        if (wantsPrevious && !leaves.Any(l => l.Origin == OperandOrigin.Previous))
        {
            score -= PreviousWeight;
        }

        if (expression is Leaf only && namedPair.Count == 0 && (only.Operand.Stated || only.Operand.Origin != OperandOrigin.Question) && goal.Display is null && only.Operand.Quantity.Dimension.Equals(goal.Dimension))
        {
            // Restating a number is not a calculation, unless it is shown in another unit.
            return double.NegativeInfinity;
        }

        score -= Inverted(expression, goal);

        score -= expression.Operations * OperationCost;
        if (goal.Operation is { } named)
        {
            score += expression is Binary top && top.Operation == named ? NamedOperationBonus : -NamedOperationBonus;
        }

        if (goal.Inner is { } inner)
        {
            score += expression is Binary { Left: var left, Right: var right } && (Uses(left, inner) || Uses(right, inner)) ? NamedOperationBonus : -NamedOperationBonus;
        }

        score += Shape(expression, result, goal);

        // Among per-unit calculations over sourced figures only, those pairing figures of one scope read best (the
        // planned total over the planned capacity).
        if (leaves.All(l => !l.Stated && l.Origin != OperandOrigin.Previous) && !goal.Dimension.Split().Denominator.IsNone)
        {
            score += ScopeWeight * SharedScope(leaves);
        }

        score -= OrderWeight * leaves.Where(l => l.Fact is not null).Sum(l => Math.Min(l.Order, 20) / 20.0);
        score += PairWeight * Pairs(leaves);
        score += ReadsAsRate(expression) ? 0.1 : 0;
        return score;
    }

    // Of equal calculations, the one written the way the member said it reads best: "50,000 chips ÷ 1 GW" as a rate.
    private static bool ReadsAsRate(Expression expression) => expression switch
    {
        Binary { Operation: Operation.Divide, Left: Leaf, Right: Leaf { Operand.Divisor: true } } => true,
        Binary binary => ReadsAsRate(binary.Left) || ReadsAsRate(binary.Right),
        _ => false,
    };

    // Curated figures that go together (the planned total and the planned capacity, pairs_with in the facts file):
    // scaling one by a number of the other's kind divides by its own pair, not by another figure of that kind.
    private static int Pairs(List<Operand> leaves) =>
        leaves.Count(l => l.Fact is { PairsWith.Count: > 0 } f && leaves.Any(o => o.Fact is { } other && f.PairsWith.Contains(other.Id)));

    // "What if only 4 GW were built, at the same $ per GW?": the member's 4 GW takes the place of the sources' 10 GW,
    // so it scales the amount (× 4 GW ÷ 10 GW); dividing by it instead turns the rate upside down. A stated number
    // and a sourced one of the same kind stand in a ratio with the stated one on top, unless the question asks for a
    // share or a multiple, whose order the shape decides.
    private static double Inverted(Expression expression, CalculationGoal goal)
    {
        if (goal.Percent || goal.Multiple)
        {
            return 0;
        }

        var signs = new List<(Operand Operand, int Sign)>();
        Polarity(expression, 1, signs);
        // "$40 billion per 4 GW": the 4 GW divides.
        var penalty = signs.Count(s => s.Operand.Divisor && s.Sign > 0) * InvertedCost;
        static bool Members(Operand o) => (o.Stated || o.Origin == OperandOrigin.Previous) && !o.UnitOnly && o.Fact is null;
        foreach (var (stated, sign) in signs.Where(s => Members(s.Operand)))
        {
            if (sign < 0 && signs.Any(o => !o.Operand.Stated && o.Operand.Origin != OperandOrigin.Previous && o.Sign > 0 && o.Operand.Quantity.Dimension.Equals(stated.Quantity.Dimension)))
            {
                penalty += InvertedCost;
            }
        }

        return penalty;
    }

    private static void Polarity(Expression expression, int sign, List<(Operand, int)> signs)
    {
        switch (expression)
        {
            case Leaf leaf:
                signs.Add((leaf.Operand, sign));
                break;
            case Binary binary:
                Polarity(binary.Left, sign, signs);
                Polarity(binary.Right, binary.Operation == Operation.Divide ? -sign : sign, signs);
                break;
        }
    }

    // A share is a part of a whole (at most 100%); a multiple reads larger over smaller; "how much more" is positive.
    private static double Shape(Expression expression, Quantity result, CalculationGoal goal)
    {
        if (expression is not Binary top)
        {
            return 0;
        }

        var shape = 0.0;
        if (goal.Percent && top.Operation == Operation.Divide)
        {
            shape += result.Value is > 0 and <= 100 ? 2 : -2;
        }

        if (goal.Multiple && top.Operation == Operation.Divide)
        {
            shape += result.Value >= 1 ? 1 : -1;
        }

        if (top.Operation == Operation.Subtract && goal.Operation == Operation.Subtract && !goal.Absolute)
        {
            shape += result.Value >= 0 ? 1 : -2;

            // What is left of a pledge: the amount taken from is a ceiling or a floor ("up to US$100 billion").
            if (top.Left is Leaf { Operand.Fact.Qualifier: Core.Figures.Qualifier.UpTo or Core.Figures.Qualifier.AtLeast })
            {
                shape += 1;
            }
        }

        if (result.Value <= 0 && top.Operation != Operation.Subtract)
        {
            shape -= 3;
        }

        // Adding or taking away is asked for in words ("how much is left", "combined"); otherwise amounts combine
        // by multiplying and dividing.
        if (goal.Operation is not (Operation.Add or Operation.Subtract) && goal.Inner is not (Operation.Add or Operation.Subtract) && Uses(expression, Operation.Add, Operation.Subtract))
        {
            shape -= 3;
        }

        // "How many of our 3,000-home blocks is 8 million homes?": a count of things reads as at least one.
        if (goal.Dimension.CountedNoun == "thing" && result.Value < 1)
        {
            shape -= 1;
        }

        return shape;
    }

    private static bool Uses(Expression expression, params Operation[] operations) =>
        expression is Binary binary && (operations.Contains(binary.Operation) || Uses(binary.Left, operations) || Uses(binary.Right, operations));

    // Figures stated by the same articles share a scope (the planned total and the planned capacity).
    private static double SharedScope(List<Operand> leaves)
    {
        var sourced = leaves.Where(l => l.Articles.Count > 0).ToList();
        if (sourced.Count < 2)
        {
            return 0;
        }

        var common = sourced.Skip(1).Aggregate(sourced[0].Articles.ToHashSet(StringComparer.Ordinal), (set, l) => { set.IntersectWith(l.Articles); return set; });
        var union = sourced.SelectMany(l => l.Articles).ToHashSet(StringComparer.Ordinal);
        return union.Count == 0 ? 0 : (double)common.Count / union.Count;
    }
}
