using DealBot.Answering.Quantities;

namespace DealBot.Answering.Tests.Quantities;

/// <summary>The calculation a question asks for: its stated numbers bound first, curated figures only where needed.</summary>
public sealed class QuantitySolverTests
{
    private static readonly Dimension Usd = Dimension.Money("USD");

    [Fact]
    public void Solve_StatedRateAndPower_MultipliesThemRatherThanUsingSources()
    {
        Operand[] operands =
        [
            Stated(new Quantity(45m, Usd / Dimension.Watts), "$45bn per GW"),
            Stated(new Quantity(3e9m, Dimension.Watts), "3 GW"),
            Source(new Quantity(100e9m, Usd), "planned investment"),
            Source(new Quantity(10e9m, Dimension.Watts), "planned capacity"),
        ];

        var best = Best(operands, new CalculationGoal(Usd, Percent: false, Operation: null, Display: null));

        Assert.Equal(135e9m, best.Result.Value);
        Assert.All(best.Expression.Leaves, l => Assert.True(l.Stated, l.Label));
    }

    [Fact]
    public void Solve_StatedCapacityAtTheSameRate_ScalesTheSourcedAmount()
    {
        Operand[] operands =
        [
            Stated(new Quantity(4e9m, Dimension.Watts), "4 GW"),
            Source(new Quantity(100e9m, Usd), "planned investment"),
            Source(new Quantity(10e9m, Dimension.Watts), "planned capacity"),
        ];

        var best = Best(operands, new CalculationGoal(Usd, Percent: false, Operation: null, Display: null));

        Assert.Equal(40e9m, best.Result.Value);
        Assert.Contains(best.Expression.Leaves, l => l.Stated);
    }

    [Fact]
    public void Solve_StatedAmountAndValuation_ShareIsThePartOverTheWhole()
    {
        Operand[] operands =
        [
            Stated(new Quantity(10e9m, Usd), "$10bn"),
            Stated(new Quantity(500e9m, Usd), "$500bn") with { Role = "valuation" },
        ];

        var best = Best(operands, new CalculationGoal(Dimension.None, Percent: true, Operation: null, Display: null));

        Assert.True(best.Result.IsPercent);
        Assert.Equal(2m, best.Result.Value);
    }

    [Fact]
    public void Solve_StatedPercentOfAStatedAmount_IsAnAmount()
    {
        Operand[] operands = [Stated(Quantity.Percent(30), "30%"), Stated(new Quantity(100e9m, Usd), "$100bn")];

        var best = Best(operands, new CalculationGoal(Usd, Percent: false, Operation: null, Display: null));

        Assert.Equal(30e9m, best.Result.Value);
    }

    [Fact]
    public void Solve_PreviousResultInEuros_ConvertsWhatTheAnswerBeforeGave()
    {
        Operand[] operands =
        [
            new(new Quantity(100e9m, Usd), OperandOrigin.Previous, "the answer before", "previous", 1),
            Stated(new Quantity(0.92m, Dimension.Money("EUR") / Usd), "0.92"),
            Source(new Quantity(10e9m, Usd), "first tranche"),
        ];

        var best = Best(operands, new CalculationGoal(Dimension.Money("EUR"), Percent: false, Operation: null, Display: null), wantsPrevious: true);

        Assert.Equal(92e9m, best.Result.Value);
        Assert.Contains(best.Expression.Leaves, l => l.Origin == OperandOrigin.Previous);
    }

    [Fact]
    public void Solve_WhatIsLeft_SubtractsTheStatedPartFromTheSourcedWhole()
    {
        Operand[] operands = [Source(new Quantity(100e9m, Usd), "planned investment"), Stated(new Quantity(10e9m, Usd), "$10bn")];

        var best = Best(operands, new CalculationGoal(Usd, Percent: false, Operation: Operation.Subtract, Display: null));

        Assert.Equal(90e9m, best.Result.Value);
        Assert.Equal("100e9 - 10e9", best.Expression.Machine());
    }

    [Fact]
    public void Solve_MultipleAsked_TheLargerOverTheSmaller()
    {
        Operand[] operands = [Source(new Quantity(100e9m, Usd), "planned investment"), Source(new Quantity(500e9m, Usd), "Stargate")];

        var best = Best(operands, new CalculationGoal(Dimension.None, Percent: false, Operation: Operation.Divide, Display: null) { Multiple = true });

        Assert.Equal(5m, best.Result.Value);
    }

    [Fact]
    public void Solve_OnlyAStatedNumberOfTheAskedKind_IsNoCalculation() =>
        Assert.Empty(QuantitySolver.Solve([Stated(new Quantity(45e9m, Usd), "$45bn")], new CalculationGoal(Usd, Percent: false, Operation: null, Display: null), wantsPrevious: false));

    [Fact]
    public void Solve_NoOperands_NoCandidates() =>
        Assert.Empty(QuantitySolver.Solve([], new CalculationGoal(Usd, Percent: false, Operation: null, Display: null), wantsPrevious: false));

    [Fact]
    public void Solve_SameValueTwice_IsNotUsedTwice()
    {
        Operand[] operands = [Stated(new Quantity(10e9m, Usd), "the first 10bn"), Source(new Quantity(10e9m, Usd), "first tranche")];

        var candidates = QuantitySolver.Solve(operands, new CalculationGoal(Usd, Percent: false, Operation: Operation.Add, Display: null), wantsPrevious: false);

        Assert.DoesNotContain(candidates, c => c.Plan.Expression.Leaves.Count() == 2);
    }

    [Fact]
    public void Solve_Candidates_BestFirstAndAllOfTheAskedKind()
    {
        Operand[] operands = [Stated(new Quantity(3e9m, Dimension.Watts), "3 GW"), Source(new Quantity(100e9m, Usd), "planned"), Source(new Quantity(10e9m, Dimension.Watts), "capacity")];

        var candidates = QuantitySolver.Solve(operands, new CalculationGoal(Usd, Percent: false, Operation: null, Display: null), wantsPrevious: false);

        Assert.NotEmpty(candidates);
        Assert.Equal(candidates.OrderByDescending(c => c.Score).Select(c => c.Score), candidates.Select(c => c.Score));
        Assert.All(candidates, c => Assert.Equal(Usd, c.Plan.Result.Dimension));
    }

    private static (Expression Expression, Quantity Result) Best(IReadOnlyList<Operand> operands, CalculationGoal goal, bool wantsPrevious = false)
    {
        var candidates = QuantitySolver.Solve(operands, goal, wantsPrevious);
        Assert.NotEmpty(candidates);
        var plan = candidates[0].Plan;
        return (plan.Expression, plan.Result);
    }

    private static Operand Stated(Quantity quantity, string label) => new(quantity, OperandOrigin.Question, label, "question", 1) { Stated = true };

    private static Operand Source(Quantity quantity, string label) => new(quantity, OperandOrigin.Fact, label, "facts#" + label, 0.8) { Articles = ["deal-structure-en"] };
}
