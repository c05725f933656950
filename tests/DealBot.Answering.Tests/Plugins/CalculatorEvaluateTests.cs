using DealBot.Answering.Plugins;
using DealBot.Core.Figures;

namespace DealBot.Answering.Tests.Plugins;

public sealed class CalculatorEvaluateTests
{
    private readonly CalculatorPlugin _calculator = new(new FigureFormatter());

    [Theory]
    [InlineData("100e9 / 10", "1e10")]
    [InlineData("(100e9 - 10e9) / 10", "9e9")]
    [InlineData("10e9 / (500e9 + 10e9) * 100", "1.96078431373")]
    [InlineData("2 + 3 * 4", "14")]
    [InlineData("-5 + 2", "-3")]
    [InlineData("8.76e13", "8.76e13")]
    [InlineData("1e-3 * 1000", "1")]
    public void Evaluate_MachineExpression_ComputedWithPrecedence(string expression, string expected)
    {
        var result = _calculator.Evaluate(expression, ["deal-structure-en#nvidia-investment-total"]);

        Assert.Equal(expected, result.Result);
        Assert.Equal(expression, result.Expression);
        Assert.Equal(["deal-structure-en#nvidia-investment-total"], result.Inputs);
    }

    [Theory]
    [InlineData("100e9 / 0", "divide by zero")]
    [InlineData("100e9 / ", "ends too early")]
    [InlineData("100 USD / 10", "Cannot read")]
    [InlineData("(1 + 2", "ends too early")]
    [InlineData("79228162514264337593543950335 * 10", "too large")]
    public void Evaluate_BadExpression_CalculationExceptionSaysWhy(string expression, string why)
    {
        var error = Assert.Throws<CalculationException>(() => _calculator.Evaluate(expression));

        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }
}
