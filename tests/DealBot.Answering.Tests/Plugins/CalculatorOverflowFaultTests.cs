using DealBot.Answering.Plugins;
using DealBot.Core.Figures;

namespace DealBot.Answering.Tests.Plugins;

/// <summary>
/// A calculation whose result does not fit a decimal ends in a clear CalculationException ("too large to compute"),
/// never an OverflowException; results close to the limit are still computed and displayed.
/// </summary>
public sealed class CalculatorOverflowFaultTests
{
    private const decimal Max = decimal.MaxValue;
    private readonly CalculatorPlugin _calculator = new(new FigureFormatter());

    public static TheoryData<string> Overflowing => new()
    {
        "Ratio",
        "ShareOfValuationPostMoney",
        "PerUnitInGigawatts",
        "ScaleUnitsTimesRate",
        "ScaleRateInTerawatts",
        "DifferenceOfOpposites",
        "DifferenceInTerawattHours",
        "PercentChange",
        "ConvertUnitUp",
        "ConvertScaleUp",
        "PowerToEnergy",
        "PowerToEnergyFactor",
    };

    [Theory]
    [MemberData(nameof(Overflowing))]
    public void Calculation_ResultTooLargeForADecimal_SaysSoInsteadOfOverflowing(string calculation)
    {
        var ex = Assert.Throws<CalculationException>(() => Run(calculation));

        Assert.Contains("too large to compute", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void Ratio_ResultJustUnderTheLimit_IsComputedAndDisplayed(string language)
    {
        var result = _calculator.Ratio(Max, 1m, language);

        Assert.Equal(Max, result.Value);
        Assert.False(string.IsNullOrWhiteSpace(result.Display));
        Assert.EndsWith("e28", result.Result, StringComparison.Ordinal);
    }

    [Fact]
    public void Difference_LargestNegativeResult_IsComputed()
    {
        var result = _calculator.Difference(decimal.MinValue + 1m, 1m, "count");

        Assert.Equal(decimal.MinValue, result.Value);
        Assert.StartsWith("-", result.Result, StringComparison.Ordinal);
    }

    private CalculationResult Run(string calculation) => calculation switch
    {
        "Ratio" => _calculator.Ratio(Max, 0.5m),
        "ShareOfValuationPostMoney" => _calculator.ShareOfValuation(Max, Max, postMoney: true),
        "PerUnitInGigawatts" => _calculator.PerUnit(Max, 1m, "household", "GW"),
        "ScaleUnitsTimesRate" => _calculator.Scale(Max, 2m),
        "ScaleRateInTerawatts" => _calculator.Scale(1m, Max, "TW"),
        "DifferenceOfOpposites" => _calculator.Difference(Max, -Max, "count"),
        "DifferenceInTerawattHours" => _calculator.Difference(Max, 1m, "TWh"),
        "PercentChange" => _calculator.PercentChange(1m, Max),
        "ConvertUnitUp" => _calculator.ConvertUnit(Max, "TW", "W"),
        "ConvertScaleUp" => _calculator.ConvertUnit(Max, "万亿", "one"),
        "PowerToEnergy" => _calculator.PowerToEnergy(Max / 1e9m, "W", 1e10m, "Wh"),
        "PowerToEnergyFactor" => _calculator.PowerToEnergy(Max, "TW"),
        _ => throw new ArgumentOutOfRangeException(nameof(calculation)),
    };
}
