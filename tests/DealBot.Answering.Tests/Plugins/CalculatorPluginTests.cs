using DealBot.Answering.Plugins;
using DealBot.Core.Figures;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Tests.Plugins;

public sealed class CalculatorPluginTests
{
    private readonly CalculatorPlugin _calculator = new(new FigureFormatter());

    [Fact]
    public void ItCanBeImported()
    {
        var plugin = KernelPluginFactory.CreateFromObject(_calculator);

        Assert.Equal(10, plugin.FunctionCount);
        Assert.All(plugin, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
        Assert.All(plugin.SelectMany(f => f.Metadata.Parameters), p => Assert.False(string.IsNullOrWhiteSpace(p.Description)));
    }

    [Fact]
    public void PerUnit_InvestmentPerGigawatt_TenBillionPerGw()
    {
        var result = _calculator.PerUnit(100e9m, 10, "GW", inputs: ["deal-structure-en#nvidia-investment-total", "deal-structure-en#planned-capacity-total"]);

        Assert.Equal("100e9 / 10", result.Expression);
        Assert.Equal("1e10", result.Result);
        Assert.Equal(10e9m, result.Value);
        Assert.Equal("USD/GW", result.Unit);
        Assert.Equal("US$10 billion per GW", result.Display);
        Assert.Equal(["deal-structure-en#nvidia-investment-total", "deal-structure-en#planned-capacity-total"], result.Inputs);
    }

    [Fact]
    public void PerUnit_Chinese_GigawattWrittenAsTheArticlesWriteIt()
    {
        var result = _calculator.PerUnit(100e9m, 10, "吉瓦", language: "zh");

        Assert.Equal("每千兆瓦100亿美元", result.Display);
    }

    [Fact]
    public void Display_Chinese_SameWordingAsCuratedFigures()
    {
        // One formatter: a computed 10 GW reads exactly like the curated "at least 10 GW" without its hedge.
        var formatter = new FigureFormatter();

        Assert.Equal(formatter.Format(FigureKind.Power, 10e9m, FigureUnits.Watt, Qualifier.Exact, "zh"), _calculator.ConvertUnit(10_000, "MW", "GW", language: "zh").Display);
        Assert.Equal(formatter.Format(FigureKind.Money, 90e9m, FigureUnits.Usd, Qualifier.Exact, "zh"), _calculator.Remainder(100e9m, 10e9m, language: "zh").Display);
        Assert.Equal(formatter.Format(FigureKind.Multiple, 5m, FigureUnits.Multiple, Qualifier.Exact, "zh"), _calculator.Ratio(500e9m, 100e9m, "zh").Display);
    }

    [Fact]
    public void PerUnit_PowerPerHousehold_OnePointTwoFiveKilowatts()
    {
        var result = _calculator.PerUnit(10, 8_000_000, "households", amountUnit: "GW");

        Assert.Equal(1250m, result.Value);
        Assert.Equal("W/household", result.Unit);
        Assert.Equal("1.25 kW per household", result.Display);
        Assert.Equal("每户1.25千瓦", _calculator.PerUnit(10, 8_000_000, "户", "GW", "zh").Display);
    }

    [Fact]
    public void PerUnit_PerWeeklyUser_RoundsToThreeSignificantFigures()
    {
        var result = _calculator.PerUnit(100e9m, 700e6m, "weekly user");

        Assert.Equal("US$143 per weekly active user", result.Display);
        Assert.Equal(142.857142857m, Math.Round(result.Value, 9));
    }

    [Theory]
    [InlineData(false, "2", "2%")]
    [InlineData(true, "1.96078431373", "1.96%")]
    public void ShareOfValuation_FirstTrancheAtFiveHundredBillion_TwoPercentOrPostMoney(bool postMoney, string result, string display)
    {
        var share = _calculator.ShareOfValuation(10e9m, 500e9m, postMoney);

        Assert.Equal(result, share.Result);
        Assert.Equal(display, share.Display);
        Assert.Equal("%", share.Unit);
        Assert.Equal(postMoney ? "10e9 / (500e9 + 10e9) * 100" : "10e9 / 500e9 * 100", share.Expression);
    }

    [Theory]
    [InlineData(500, 100, "5 times", "5倍")]
    [InlineData(100, 5, "20 times", "20倍")]
    public void Ratio_StargateAndIntel_TimesInBothLanguages(int a, int b, string english, string chinese)
    {
        Assert.Equal(english, _calculator.Ratio(a * 1e9m, b * 1e9m).Display);
        Assert.Equal(chinese, _calculator.Ratio(a * 1e9m, b * 1e9m, "zh").Display);
        Assert.Equal("x", _calculator.Ratio(a, b).Unit);
    }

    [Fact]
    public void Remainder_AfterFirstTranche_NinetyBillion()
    {
        var result = _calculator.Remainder(100e9m, 10e9m);

        Assert.Equal("100e9 - 10e9", result.Expression);
        Assert.Equal("9e10", result.Result);
        Assert.Equal("US$90 billion", result.Display);
        Assert.Equal("900亿美元", _calculator.Remainder(100e9m, 10e9m, language: "zh").Display);
    }

    [Fact]
    public void Difference_LargerSubtrahend_Negative()
    {
        var result = _calculator.Difference(5e9m, 6.6e9m);

        Assert.Equal(-1.6e9m, result.Value);
        Assert.Equal("-US$1.6 billion", result.Display);
    }

    [Theory]
    [InlineData(3, "US$30 billion", "300亿美元")]
    [InlineData(1, "US$10 billion", "100亿美元")]
    [InlineData(7.5, "US$75 billion", "750亿美元")]
    public void Scale_GigawattsAtEqualRate_ProportionalInvestment(double gigawatts, string english, string chinese)
    {
        var units = (decimal)gigawatts;

        Assert.Equal(units * 10e9m, _calculator.Scale(units, 10e9m).Value);
        Assert.Equal(english, _calculator.Scale(units, 10e9m).Display);
        Assert.Equal(chinese, _calculator.Scale(units, 10e9m, language: "zh").Display);
    }

    [Fact]
    public void PowerToEnergy_TenGigawattsForAYear_EightySevenPointSixTerawattHours()
    {
        var result = _calculator.PowerToEnergy(10);

        Assert.Equal(87.6m, result.Value);
        Assert.Equal("TWh", result.Unit);
        Assert.Equal("87.6 TWh", result.Display);
        Assert.Equal("87.6太瓦时", _calculator.PowerToEnergy(10, language: "zh").Display);
    }

    [Fact]
    public void ConvertUnit_PowerToEnergyWithoutHours_AssumesAFullYear()
    {
        Assert.Equal(87.6m, _calculator.ConvertUnit(10, "GW", "TWh").Value);
    }

    [Theory]
    [InlineData(1000, "亿", "billion", 100, "100 billion")]
    [InlineData(100, "亿", "billion", 10, "10 billion")]
    [InlineData(66, "亿", "billion", 6.6, "6.6 billion")]
    [InlineData(800, "万", "million", 8, "8 million")]
    [InlineData(7, "亿", "million", 700, "700 million")]
    [InlineData(100, "billion", "亿", 1000, "100 billion")]
    [InlineData(10, "GW", "MW", 10000, "10,000 MW")]
    [InlineData(1.25, "kW", "W", 1250, "1,250 W")]
    public void ConvertUnit_ScalesAndPower_Converted(double value, string from, string to, double expected, string display)
    {
        var result = _calculator.ConvertUnit((decimal)value, from, to);

        Assert.Equal((decimal)expected, result.Value);
        Assert.Equal(display, result.Display);
    }

    [Fact]
    public void ConvertUnit_BillionToChinese_DisplaysYi()
    {
        Assert.Equal("1000亿", _calculator.ConvertUnit(100, "billion", "亿", language: "zh").Display);
        Assert.Equal("800万", _calculator.ConvertUnit(8, "million", "万", language: "zh").Display);
    }

    [Fact]
    public void PercentChange_Rise_Percent()
    {
        Assert.Equal(50m, _calculator.PercentChange(100, 150).Value);
    }

    [Fact]
    public void Ratio_DivisionByZero_ThrowsClearError()
    {
        var error = Assert.Throws<CalculationException>(() => _calculator.Ratio(100, 0));

        Assert.Contains("divide by zero", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PerUnit_ZeroUnits_ThrowsClearError()
    {
        var error = Assert.Throws<CalculationException>(() => _calculator.PerUnit(100e9m, 0, "GW"));

        Assert.Contains("divide by zero", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ConvertUnit_UnknownUnit_ThrowsNamingIt()
    {
        var error = Assert.Throws<CalculationException>(() => _calculator.ConvertUnit(1, "furlong", "GW"));

        Assert.Contains("'furlong'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertUnit_PowerToScale_ThrowsMismatch()
    {
        Assert.Throws<CalculationException>(() => _calculator.ConvertUnit(10, "GW", "billion"));
    }

    [Fact]
    public void Scale_NegativeUnits_Throws()
    {
        Assert.Throws<CalculationException>(() => _calculator.Scale(-3, 10e9m));
    }

    [Fact]
    public void Remainder_PartLargerThanTotal_Throws()
    {
        Assert.Throws<CalculationException>(() => _calculator.Remainder(10e9m, 100e9m));
    }

    [Fact]
    public void ShareOfValuation_ZeroValuation_Throws()
    {
        Assert.Throws<CalculationException>(() => _calculator.ShareOfValuation(10e9m, 0));
    }

    [Fact]
    public void PerUnit_UnknownAmountUnit_Throws()
    {
        Assert.Throws<CalculationException>(() => _calculator.PerUnit(10, 2, "GW", amountUnit: "bananas"));
    }

    [Fact]
    public async Task PerUnit_InvokedThroughKernel_ReturnsTypedResult()
    {
        var kernel = new Kernel();
        var plugin = kernel.Plugins.AddFromObject(_calculator, "Calculator");

        var result = await kernel.InvokeAsync(plugin["PerUnit"], new KernelArguments { ["amount"] = "100000000000", ["count"] = "10", ["per"] = "GW" });

        Assert.Equal("1e10", result.GetValue<CalculationResult>()!.Result);
    }
}
