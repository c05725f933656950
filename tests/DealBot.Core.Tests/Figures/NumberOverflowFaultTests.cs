using DealBot.Core.Figures;

namespace DealBot.Core.Tests.Figures;

/// <summary>
/// Numbers too large for a decimal are not figures: extraction never throws on them, drops them, and still reads the
/// figures around them. Each row once threw OverflowException, which ended the answer (and the batch) it was in.
/// </summary>
public sealed class NumberOverflowFaultTests
{
    private const string Neighbour = "US$100 billion";
    private readonly FigureExtractor _extractor = new();
    private readonly FigureFormatter _formatter = new();

    public static TheoryData<string> TooLarge => new()
    {
        "999999999999999999999999 billion",
        "US$999999999999999999999999 billion",
        "-999999999999999999999999 trillion dollars",
        "999999999999999999999999 GW",
        "79228162514264337593543950335 TWh",
        "79228162514264337593543950335 billion",
        "一亿亿亿亿",
        "一亿亿亿亿美元",
        "九千九百九十九万九千九百九十九亿亿亿亿",
        "5亿亿亿亿美元",
        "50亿亿亿亿",
        "7万亿亿亿千瓦",
        "1" + new string('0', 50_000),
        "1" + string.Concat(Enumerable.Repeat(",000", 20_000)) + " dollars",
        "$1" + new string('0', 40) + " billion",
        "0.5-999999999999999999999999 billion",
    };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public void Extract_NumberTooLargeForADecimal_IsNotAFigure(string text)
    {
        var figures = _extractor.Extract(text);
        var numbers = _extractor.ExtractNumbers(text);

        Assert.DoesNotContain(figures, f => f.Kind is FigureKind.Money or FigureKind.Power or FigureKind.Energy);
        Assert.DoesNotContain(figures.Concat(numbers), f => Math.Abs(f.Value) >= 1e20m);
    }

    [Theory]
    [MemberData(nameof(TooLarge))]
    public void Extract_NumberTooLargeBesideAFigure_TheFigureIsStillRead(string text)
    {
        var figures = _extractor.Extract($"{text}; Nvidia plans to invest {Neighbour}.");

        var money = Assert.Single(figures, f => f.Kind == FigureKind.Money);
        Assert.Equal((100e9m, FigureUnits.Usd, Neighbour), (money.Value, money.Unit, money.Surface));
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("1 followed by 50,000 zeros", "50000")]
    [InlineData("一万亿亿", "100000000000000000000")]
    [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.5")]
    public void ExtractNumbers_LargestNumbersThatFit_AreStillRead(string text, string expected)
    {
        var numbers = _extractor.ExtractNumbers(text);

        Assert.Contains(numbers, f => f.Value == decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(FigureKind.Money, "USD")]
    [InlineData(FigureKind.Power, "W")]
    [InlineData(FigureKind.Energy, "Wh")]
    [InlineData(FigureKind.Percent, "%")]
    [InlineData(FigureKind.Multiple, "x")]
    [InlineData(FigureKind.Count, "count")]
    public void Format_LargestAndSmallestDecimals_PrintWithoutThrowing(FigureKind kind, string unit)
    {
        foreach (var value in new[] { decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m })
        {
            foreach (var language in new[] { "en", "zh" })
            {
                Assert.False(string.IsNullOrWhiteSpace(_formatter.Format(kind, value, unit, Qualifier.MoreThan, language)));
            }
        }
    }
}
