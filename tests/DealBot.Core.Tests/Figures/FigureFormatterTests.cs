using System.Globalization;
using DealBot.Core.Figures;

namespace DealBot.Core.Tests.Figures;

public class FigureFormatterTests
{
    private readonly FigureFormatter _formatter = new();

    [Theory]
    [InlineData(FigureKind.Money, "100000000000", "USD", Qualifier.Exact, "US$100 billion", "1000亿美元")]
    [InlineData(FigureKind.Money, "10000000000", "USD", Qualifier.Exact, "US$10 billion", "100亿美元")]
    [InlineData(FigureKind.Money, "6600000000", "USD", Qualifier.Exact, "US$6.6 billion", "66亿美元")]
    [InlineData(FigureKind.Money, "5000000000", "USD", Qualifier.Exact, "US$5 billion", "50亿美元")]
    [InlineData(FigureKind.Money, "500000000", "USD", Qualifier.Exact, "US$500 million", "5亿美元")]
    [InlineData(FigureKind.Money, "1500000000000", "USD", Qualifier.Exact, "US$1.5 trillion", "1.5万亿美元")]
    [InlineData(FigureKind.Money, "100000000000", "USD", Qualifier.UpTo, "up to US$100 billion", "高达1000亿美元")]
    [InlineData(FigureKind.Money, "10000000000", "CNY", Qualifier.Exact, "RMB 10 billion", "100亿元")]
    [InlineData(FigureKind.Money, "10000000000", "EUR", Qualifier.Exact, "€10 billion", "100亿欧元")]
    [InlineData(FigureKind.Power, "10000000000", "W", Qualifier.Exact, "10 GW", "10千兆瓦")]
    [InlineData(FigureKind.Power, "10000000000", "W", Qualifier.AtLeast, "at least 10 GW", "至少10千兆瓦")]
    [InlineData(FigureKind.Power, "1250", "W", Qualifier.Exact, "1.25 kW", "1.25千瓦")]
    [InlineData(FigureKind.Energy, "87600000000000", "Wh", Qualifier.Exact, "87.6 TWh", "876亿千瓦时")]
    [InlineData(FigureKind.Percent, "2", "%", Qualifier.Exact, "2%", "2%")]
    [InlineData(FigureKind.Percent, "1.96", "%", Qualifier.Exact, "1.96%", "1.96%")]
    [InlineData(FigureKind.Percent, "1.960784313725490196", "%", Qualifier.Exact, "1.961%", "1.961%")]
    [InlineData(FigureKind.Percent, "4.4", "%", Qualifier.UpTo, "up to 4.4%", "高达4.4%")]
    [InlineData(FigureKind.Percent, "6", "%", Qualifier.About, "about 6%", "约6%")]
    [InlineData(FigureKind.Count, "8000000", "count", Qualifier.Exact, "8 million", "800万")]
    [InlineData(FigureKind.Count, "8000000", "count", Qualifier.MoreThan, "more than 8 million", "800多万")]
    [InlineData(FigureKind.Count, "700000000", "count", Qualifier.MoreThan, "more than 700 million", "超过7亿")]
    [InlineData(FigureKind.Count, "700000000", "count", Qualifier.Exact, "700 million", "7亿")]
    [InlineData(FigureKind.Count, "8760", "count", Qualifier.Exact, "8,760", "8760")]
    [InlineData(FigureKind.Multiple, "5", "x", Qualifier.Exact, "5 times", "5倍")]
    [InlineData(FigureKind.Multiple, "20", "x", Qualifier.LessThan, "less than 20 times", "不到20倍")]
    public void Format_Value_ReadsNaturallyInBothLanguages(FigureKind kind, string value, string unit, Qualifier qualifier, string english, string chinese)
    {
        // Arrange
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);

        // Act
        var en = _formatter.Format(kind, number, unit, qualifier, "en");
        var zh = _formatter.Format(kind, number, unit, qualifier, "zh");

        // Assert
        Assert.Equal(english, en);
        Assert.Equal(chinese, zh);
    }

    [Theory]
    [InlineData("2026-07-01", "2026-12-31", "the second half of 2026", "2026年下半年")]
    [InlineData("2026-01-01", "2026-06-30", "the first half of 2026", "2026年上半年")]
    [InlineData("2024-10-01", "2024-10-31", "October 2024", "2024年10月")]
    [InlineData("2025-09-22", "2025-09-22", "September 22, 2025", "2025年9月22日")]
    [InlineData("2019-01-01", "2019-12-31", "2019", "2019年")]
    [InlineData("2025-07-01", "2025-09-30", "Q3 2025", "2025年第三季度")]
    [InlineData("2026-10-01", "2026-12-31", "the end of 2026", "2026年底")]
    [InlineData("2026-04-01", "2026-09-30", "mid-2026", "2026年年中")]
    public void FormatPeriod_KnownPeriod_UsesItsName(string from, string to, string english, string chinese)
    {
        // Arrange
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(to, CultureInfo.InvariantCulture);

        // Act and assert
        Assert.Equal(english, _formatter.FormatPeriod(start, end, "en"));
        Assert.Equal(chinese, _formatter.FormatPeriod(start, end, "zh-CN"));
    }

    [Fact]
    public void Format_DateKind_WithoutFigure_Throws()
    {
        // Act and assert
        Assert.Throws<ArgumentException>(() => _formatter.Format(FigureKind.Date, 2026m, "date", Qualifier.Exact, "en"));
    }

    [Fact]
    public void Format_DayWithoutYear_FallsBackToSurface()
    {
        // Arrange
        var figure = new Figure(FigureKind.Date, 0m, "date", Qualifier.Exact, "9月22日", 0, 5);

        // Act
        var text = _formatter.Format(figure, "en");

        // Assert
        Assert.Equal("9月22日", text);
    }
}
