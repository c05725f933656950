using System.Globalization;
using DealBot.Core.Figures;

namespace DealBot.Core.Tests.Figures;

public class FigureExtractorTableTests
{
    private readonly FigureExtractor _extractor = new();

    [Theory]
    // Money, English.
    [InlineData("US$100 billion", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("$100 billion", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("$100bn", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("$100B", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("100 billion dollars", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("$6.6 billion", FigureKind.Money, "6600000000", "USD", Qualifier.Exact)]
    [InlineData("US$ 5bn", FigureKind.Money, "5000000000", "USD", Qualifier.Exact)]
    [InlineData("$1.5 trillion", FigureKind.Money, "1500000000000", "USD", Qualifier.Exact)]
    [InlineData("$500m", FigureKind.Money, "500000000", "USD", Qualifier.Exact)]
    [InlineData("€10bn", FigureKind.Money, "10000000000", "EUR", Qualifier.Exact)]
    [InlineData("10 billion euros", FigureKind.Money, "10000000000", "EUR", Qualifier.Exact)]
    [InlineData("up to US$100 billion", FigureKind.Money, "100000000000", "USD", Qualifier.UpTo)]
    [InlineData("$30 bil", FigureKind.Money, "30000000000", "USD", Qualifier.Exact)]
    [InlineData("$2 mil", FigureKind.Money, "2000000", "USD", Qualifier.Exact)]
    [InlineData("8 cents", FigureKind.Money, "0.08", "USD", Qualifier.Exact)]
    [InlineData("50 bucks", FigureKind.Money, "50", "USD", Qualifier.Exact)]
    // Money, Chinese.
    [InlineData("180刀", FigureKind.Money, "180", "USD", Qualifier.Exact)]
    [InlineData("5美分", FigureKind.Money, "0.05", "USD", Qualifier.Exact)]
    [InlineData("1000亿美元", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("1000 亿美元", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("100亿美元", FigureKind.Money, "10000000000", "USD", Qualifier.Exact)]
    [InlineData("66亿美元", FigureKind.Money, "6600000000", "USD", Qualifier.Exact)]
    [InlineData("50 亿美元", FigureKind.Money, "5000000000", "USD", Qualifier.Exact)]
    [InlineData("5000亿美元", FigureKind.Money, "500000000000", "USD", Qualifier.Exact)]
    [InlineData("1.5万亿美元", FigureKind.Money, "1500000000000", "USD", Qualifier.Exact)]
    [InlineData("3000万美元", FigureKind.Money, "30000000", "USD", Qualifier.Exact)]
    [InlineData("100亿元", FigureKind.Money, "10000000000", "CNY", Qualifier.Exact)]
    [InlineData("人民币100亿元", FigureKind.Money, "10000000000", "CNY", Qualifier.Exact)]
    [InlineData("１０００亿美元", FigureKind.Money, "100000000000", "USD", Qualifier.Exact)]
    [InlineData("五千亿美元", FigureKind.Money, "500000000000", "USD", Qualifier.Exact)]
    [InlineData("投资高达1000亿美元", FigureKind.Money, "100000000000", "USD", Qualifier.UpTo)]
    // Power and energy.
    [InlineData("千分之三", FigureKind.Percent, "0.3", "%", Qualifier.Exact)]
    [InlineData("百分之三", FigureKind.Percent, "3", "%", Qualifier.Exact)]
    [InlineData("10 gigawatts", FigureKind.Power, "10000000000", "W", Qualifier.Exact)]
    [InlineData("10 GW", FigureKind.Power, "10000000000", "W", Qualifier.Exact)]
    [InlineData("10GW", FigureKind.Power, "10000000000", "W", Qualifier.Exact)]
    [InlineData("1 gigawatt", FigureKind.Power, "1000000000", "W", Qualifier.Exact)]
    [InlineData("ten gigawatts", FigureKind.Power, "10000000000", "W", Qualifier.Exact)]
    [InlineData("10 千兆瓦", FigureKind.Power, "10000000000", "W", Qualifier.Exact)]
    [InlineData("10千兆瓦", FigureKind.Power, "10000000000", "W", Qualifier.Exact)]
    [InlineData("10 吉瓦", FigureKind.Power, "10000000000", "W", Qualifier.Exact)]
    [InlineData("500 MW", FigureKind.Power, "500000000", "W", Qualifier.Exact)]
    [InlineData("500兆瓦", FigureKind.Power, "500000000", "W", Qualifier.Exact)]
    [InlineData("1.25 kW", FigureKind.Power, "1250", "W", Qualifier.Exact)]
    [InlineData("1.25千瓦", FigureKind.Power, "1250", "W", Qualifier.Exact)]
    [InlineData("at least 10 GW", FigureKind.Power, "10000000000", "W", Qualifier.AtLeast)]
    [InlineData("至少 10 千兆瓦", FigureKind.Power, "10000000000", "W", Qualifier.AtLeast)]
    [InlineData("87.6 TWh", FigureKind.Energy, "87600000000000", "Wh", Qualifier.Exact)]
    [InlineData("87.6太瓦时", FigureKind.Energy, "87600000000000", "Wh", Qualifier.Exact)]
    [InlineData("1 MWh", FigureKind.Energy, "1000000", "Wh", Qualifier.Exact)]
    [InlineData("876亿千瓦时", FigureKind.Energy, "87600000000000", "Wh", Qualifier.Exact)]
    [InlineData("100亿度电", FigureKind.Energy, "10000000000000", "Wh", Qualifier.Exact)]
    // Percent.
    [InlineData("4.4%", FigureKind.Percent, "4.4", "%", Qualifier.Exact)]
    [InlineData("4.4 %", FigureKind.Percent, "4.4", "%", Qualifier.Exact)]
    [InlineData("about 6%", FigureKind.Percent, "6", "%", Qualifier.About)]
    [InlineData("0.8 percent", FigureKind.Percent, "0.8", "%", Qualifier.Exact)]
    [InlineData("two percent", FigureKind.Percent, "2", "%", Qualifier.Exact)]
    [InlineData("百分之六", FigureKind.Percent, "6", "%", Qualifier.Exact)]
    [InlineData("百分之四点四", FigureKind.Percent, "4.4", "%", Qualifier.Exact)]
    [InlineData("6％", FigureKind.Percent, "6", "%", Qualifier.Exact)]
    [InlineData("４.４％", FigureKind.Percent, "4.4", "%", Qualifier.Exact)]
    [InlineData("up as much as 4.4%", FigureKind.Percent, "4.4", "%", Qualifier.UpTo)]
    [InlineData("股价一度上涨4.4%", FigureKind.Percent, "4.4", "%", Qualifier.UpTo)]
    [InlineData("上涨约6%", FigureKind.Percent, "6", "%", Qualifier.About)]
    [InlineData("6%左右", FigureKind.Percent, "6", "%", Qualifier.About)]
    [InlineData("less than 2%", FigureKind.Percent, "2", "%", Qualifier.LessThan)]
    [InlineData("不到5%", FigureKind.Percent, "5", "%", Qualifier.LessThan)]
    [InlineData("不少于5%", FigureKind.Percent, "5", "%", Qualifier.AtLeast)]
    // Counts.
    [InlineData("8 million", FigureKind.Count, "8000000", "count", Qualifier.Exact)]
    [InlineData("more than 8 million households", FigureKind.Count, "8000000", "count", Qualifier.MoreThan)]
    [InlineData("800多万", FigureKind.Count, "8000000", "count", Qualifier.MoreThan)]
    [InlineData("800万", FigureKind.Count, "8000000", "count", Qualifier.Exact)]
    [InlineData("7亿", FigureKind.Count, "700000000", "count", Qualifier.Exact)]
    [InlineData("七亿", FigureKind.Count, "700000000", "count", Qualifier.Exact)]
    [InlineData("700 million", FigureKind.Count, "700000000", "count", Qualifier.Exact)]
    [InlineData("700m users", FigureKind.Count, "700000000", "count", Qualifier.Exact)]
    [InlineData("超过7亿", FigureKind.Count, "700000000", "count", Qualifier.MoreThan)]
    [InlineData("已超过 7 亿", FigureKind.Count, "700000000", "count", Qualifier.MoreThan)]
    [InlineData("近7亿", FigureKind.Count, "700000000", "count", Qualifier.About)]
    [InlineData("逾10亿", FigureKind.Count, "1000000000", "count", Qualifier.MoreThan)]
    [InlineData("10亿以上", FigureKind.Count, "1000000000", "count", Qualifier.MoreThan)]
    [InlineData("1.2万", FigureKind.Count, "12000", "count", Qualifier.Exact)]
    [InlineData("8,000,000", FigureKind.Count, "8000000", "count", Qualifier.Exact)]
    [InlineData("8,000万", FigureKind.Count, "80000000", "count", Qualifier.Exact)]
    [InlineData("roughly 700 million", FigureKind.Count, "700000000", "count", Qualifier.About)]
    // Multiples.
    [InlineData("5 times", FigureKind.Multiple, "5", "x", Qualifier.Exact)]
    [InlineData("5x", FigureKind.Multiple, "5", "x", Qualifier.Exact)]
    [InlineData("5×", FigureKind.Multiple, "5", "x", Qualifier.Exact)]
    [InlineData("5倍", FigureKind.Multiple, "5", "x", Qualifier.Exact)]
    [InlineData("twice", FigureKind.Multiple, "2", "x", Qualifier.Exact)]
    [InlineData("20-fold", FigureKind.Multiple, "20", "x", Qualifier.Exact)]
    [InlineData("five times", FigureKind.Multiple, "5", "x", Qualifier.Exact)]
    [InlineData("两倍", FigureKind.Multiple, "2", "x", Qualifier.Exact)]
    [InlineData("20多倍", FigureKind.Multiple, "20", "x", Qualifier.MoreThan)]
    public void Extract_SingleFigure_HasKindValueUnitAndQualifier(string text, FigureKind kind, string value, string unit, Qualifier qualifier)
    {
        // Act
        var figures = _extractor.Extract(text);

        // Assert
        var figure = Assert.Single(figures);
        Assert.Equal(kind, figure.Kind);
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("2026年下半年", "2026-07-01", "2026-12-31")]
    [InlineData("second half of 2026", "2026-07-01", "2026-12-31")]
    [InlineData("H2 2026", "2026-07-01", "2026-12-31")]
    [InlineData("2H 2026", "2026-07-01", "2026-12-31")]
    [InlineData("2025年上半年", "2025-01-01", "2025-06-30")]
    [InlineData("the first half of 2025", "2025-01-01", "2025-06-30")]
    [InlineData("Q3 2025", "2025-07-01", "2025-09-30")]
    [InlineData("2025年第三季度", "2025-07-01", "2025-09-30")]
    [InlineData("third quarter of 2025", "2025-07-01", "2025-09-30")]
    [InlineData("2026年底", "2026-10-01", "2026-12-31")]
    [InlineData("2026 年底", "2026-10-01", "2026-12-31")]
    [InlineData("end of 2026", "2026-10-01", "2026-12-31")]
    [InlineData("late 2026", "2026-10-01", "2026-12-31")]
    [InlineData("early 2026", "2026-01-01", "2026-03-31")]
    [InlineData("mid-2026", "2026-04-01", "2026-09-30")]
    [InlineData("October 2024", "2024-10-01", "2024-10-31")]
    [InlineData("Oct. 2024", "2024-10-01", "2024-10-31")]
    [InlineData("2024年10月", "2024-10-01", "2024-10-31")]
    [InlineData("2024 年 10 月", "2024-10-01", "2024-10-31")]
    [InlineData("2019", "2019-01-01", "2019-12-31")]
    [InlineData("2019年", "2019-01-01", "2019-12-31")]
    [InlineData("since 2019", "2019-01-01", "2019-12-31")]
    [InlineData("in 1985", "1985-01-01", "1985-12-31")]
    [InlineData("September 22, 2025", "2025-09-22", "2025-09-22")]
    [InlineData("22 September 2025", "2025-09-22", "2025-09-22")]
    [InlineData("2025-09-22", "2025-09-22", "2025-09-22")]
    [InlineData("2025年9月22日", "2025-09-22", "2025-09-22")]
    [InlineData("2024年2月29日", "2024-02-29", "2024-02-29")]
    public void Extract_DateOrPeriod_HasPeriod(string text, string from, string to)
    {
        // Act
        var figure = Assert.Single(_extractor.Extract(text));

        // Assert
        Assert.Equal(FigureKind.Date, figure.Kind);
        Assert.Equal("date", figure.Unit);
        Assert.Equal(DateOnly.Parse(from, CultureInfo.InvariantCulture), figure.From);
        Assert.Equal(DateOnly.Parse(to, CultureInfo.InvariantCulture), figure.To);
        Assert.Equal(figure.From!.Value.Year, figure.Value);
    }
}
