using DealBot.Answering.Quantities;

namespace DealBot.Answering.Tests.Quantities;

/// <summary>Calculations evaluate with units and write themselves as the answer contract's expressions.</summary>
public sealed class ExpressionTests
{
    private static readonly Quantity PerGigawatt = new(45m, Dimension.Money("USD") / Dimension.Watts);
    private static readonly Quantity ThreeGigawatts = new(3e9m, Dimension.Watts);
    private static readonly Quantity HundredBillion = new(100e9m, Dimension.Money("USD"));

    [Fact]
    public void Evaluate_RateTimesPower_IsMoney()
    {
        var expression = new Binary(Operation.Multiply, Leaf(PerGigawatt), Leaf(ThreeGigawatts));

        Assert.Equal(new Quantity(135e9m, Dimension.Money("USD")), expression.Evaluate());
        Assert.Equal("45e9 * 3", expression.Machine());
    }

    [Fact]
    public void Evaluate_MoneyOverPower_IsARatePerWatt()
    {
        var expression = new Binary(Operation.Divide, Leaf(HundredBillion), Leaf(new Quantity(10e9m, Dimension.Watts)));

        Assert.Equal(new Quantity(10m, Dimension.Money("USD") / Dimension.Watts), expression.Evaluate());
        Assert.Equal("100e9 / 10", expression.Machine());
    }

    [Fact]
    public void Evaluate_PercentOfAnAmount_IsAnAmount()
    {
        var expression = new Binary(Operation.Multiply, Leaf(Quantity.Percent(30)), Leaf(HundredBillion));

        Assert.Equal(new Quantity(30e9m, Dimension.Money("USD")), expression.Evaluate());
    }

    [Fact]
    public void Evaluate_AmountTimesExchangeRate_IsTheOtherCurrency()
    {
        var rate = new Quantity(0.92m, Dimension.Money("EUR") / Dimension.Money("USD"));

        var result = new Binary(Operation.Multiply, Leaf(HundredBillion), Leaf(rate)).Evaluate();

        Assert.Equal(new Quantity(92e9m, Dimension.Money("EUR")), result);
    }

    [Theory]
    [InlineData(Operation.Subtract)]
    [InlineData(Operation.Add)]
    public void Evaluate_AddingUnlikeQuantities_HasNoResult(Operation operation) =>
        Assert.Null(new Binary(operation, Leaf(HundredBillion), Leaf(ThreeGigawatts)).Evaluate());

    [Fact]
    public void Evaluate_DivisionByZero_HasNoResult() =>
        Assert.Null(new Binary(Operation.Divide, Leaf(HundredBillion), Leaf(new Quantity(0m, Dimension.Watts))).Evaluate());

    [Fact]
    public void Evaluate_Overflow_HasNoResult() =>
        Assert.Null(new Binary(Operation.Multiply, Leaf(new Quantity(decimal.MaxValue, Dimension.Money("USD"))), Leaf(Quantity.Plain(10))).Evaluate());

    [Fact]
    public void Evaluate_PercentDividedByPercent_IsAPlainRatio()
    {
        var result = new Binary(Operation.Divide, Leaf(Quantity.Percent(30)), Leaf(Quantity.Percent(10))).Evaluate();

        Assert.NotNull(result);
        Assert.Equal(3m, result.Value);
        Assert.False(result.IsPercent);
        Assert.True(result.Dimension.IsNone);
    }

    [Fact]
    public void Evaluate_PercentMinusPercent_IsPercentagePoints()
    {
        var result = new Binary(Operation.Subtract, Leaf(Quantity.Percent(6)), Leaf(Quantity.Percent(4.4m))).Evaluate();

        Assert.Equal(Quantity.Percent(1.6m), result);
    }

    [Fact]
    public void Machine_NestedExpression_ParenthesisesTheInnerOperation()
    {
        var inner = new Binary(Operation.Divide, Leaf(HundredBillion), Leaf(new Quantity(10e9m, Dimension.Watts)));
        var outer = new Binary(Operation.Multiply, inner, Leaf(ThreeGigawatts));

        Assert.Equal("(100e9 / 10) * 3", outer.Machine());
        Assert.Equal(2, outer.Operations);
        Assert.Equal(3, outer.Leaves.Count());
        Assert.Equal(new Quantity(30e9m, Dimension.Money("USD")), outer.Evaluate());
    }

    [Theory]
    [InlineData(8e6, "8e6")]
    [InlineData(8760, "8760")]
    [InlineData(6.6e9, "6.6e9")]
    [InlineData(0.92, "0.92")]
    public void Machine_Leaf_WritesEngineeringNotationForLargeNumbers(double value, string expected) =>
        Assert.Equal(expected, Leaf(Quantity.Plain((decimal)value)).Machine());

    private static Leaf Leaf(Quantity quantity) => new(new Operand(quantity, OperandOrigin.Question, "stated", "question", 1) { Stated = true });
}
