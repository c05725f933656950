using System.Globalization;
using DealBot.Core.Figures;

namespace DealBot.Core.Tests.Figures;

/// <summary>The verifier's property: whatever the formatter prints, the extractor reads back to the same figure.</summary>
public class FigureRoundTripTests
{
    private readonly FigureExtractor _extractor = new();
    private readonly FigureFormatter _formatter = new();
    private readonly FigureEquivalence _equivalence = new();

    public static TheoryData<FigureKind, string, string, Qualifier> Values()
    {
        var data = new TheoryData<FigureKind, string, string, Qualifier>();
        string[] money = ["100000000000", "10000000000", "6600000000", "5000000000", "500000000", "90000000000", "30000000000",
            "1500000000000", "30000000", "12345678", "5000", "0.5", "196078431.37", "999999999999"];
        foreach (var value in money)
        {
            data.Add(FigureKind.Money, value, "USD", Qualifier.Exact);
        }

        data.Add(FigureKind.Money, "100000000000", "USD", Qualifier.UpTo);
        data.Add(FigureKind.Money, "10000000000", "CNY", Qualifier.Exact);
        data.Add(FigureKind.Money, "10000000000", "EUR", Qualifier.About);
        data.Add(FigureKind.Money, "2500000000", "GBP", Qualifier.Exact);
        data.Add(FigureKind.Money, "7000000000", "HKD", Qualifier.Exact);
        foreach (var value in new[] { "10000000000", "1000000000", "3000000000", "500000000", "1250", "1.5", "2500000000000", "10000000000" })
        {
            data.Add(FigureKind.Power, value, "W", Qualifier.Exact);
        }

        data.Add(FigureKind.Power, "10000000000", "W", Qualifier.AtLeast);
        foreach (var value in new[] { "87600000000000", "1000000", "10950", "8760000", "0.5" })
        {
            data.Add(FigureKind.Energy, value, "Wh", Qualifier.Exact);
        }

        foreach (var value in new[] { "2", "1.96", "1.9607843", "4.4", "0.8", "6", "100", "0.05", "-0.8" })
        {
            data.Add(FigureKind.Percent, value, "%", Qualifier.Exact);
        }

        data.Add(FigureKind.Percent, "4.4", "%", Qualifier.UpTo);
        data.Add(FigureKind.Percent, "6", "%", Qualifier.About);
        foreach (var value in new[] { "8000000", "700000000", "12000", "8760", "25", "1000000000", "1234567" })
        {
            data.Add(FigureKind.Count, value, "count", Qualifier.Exact);
        }

        data.Add(FigureKind.Count, "8000000", "count", Qualifier.MoreThan);
        data.Add(FigureKind.Count, "700000000", "count", Qualifier.MoreThan);
        data.Add(FigureKind.Count, "700000000", "count", Qualifier.LessThan);
        foreach (var value in new[] { "5", "20", "2", "1.5", "10" })
        {
            data.Add(FigureKind.Multiple, value, "x", Qualifier.Exact);
        }

        data.Add(FigureKind.Multiple, "20", "x", Qualifier.MoreThan);
        return data;
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void FormatThenExtract_English_GivesSameFigure(FigureKind kind, string value, string unit, Qualifier qualifier) =>
        AssertRoundTrip(kind, value, unit, qualifier, "en");

    [Theory]
    [MemberData(nameof(Values))]
    public void FormatThenExtract_Chinese_GivesSameFigure(FigureKind kind, string value, string unit, Qualifier qualifier) =>
        AssertRoundTrip(kind, value, unit, qualifier, "zh");

    [Theory]
    [InlineData("2026-07-01", "2026-12-31")]
    [InlineData("2026-01-01", "2026-06-30")]
    [InlineData("2024-10-01", "2024-10-31")]
    [InlineData("2025-09-22", "2025-09-22")]
    [InlineData("2019-01-01", "2019-12-31")]
    [InlineData("2025-07-01", "2025-09-30")]
    [InlineData("2026-10-01", "2026-12-31")]
    [InlineData("2026-01-01", "2026-03-31")]
    [InlineData("2026-04-01", "2026-09-30")]
    [InlineData("2024-02-29", "2024-02-29")]
    public void FormatThenExtract_Period_GivesSamePeriodInBothLanguages(string from, string to)
    {
        // Arrange
        var start = DateOnly.Parse(from, CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(to, CultureInfo.InvariantCulture);

        foreach (var language in new[] { "en", "zh" })
        {
            // Act
            var text = _formatter.FormatPeriod(start, end, language);
            var figure = Assert.Single(_extractor.Extract(text));

            // Assert
            Assert.Equal((start, end), (figure.From!.Value, figure.To!.Value));
        }
    }

    private void AssertRoundTrip(FigureKind kind, string value, string unit, Qualifier qualifier, string language)
    {
        // Arrange
        var number = decimal.Parse(value, CultureInfo.InvariantCulture);
        var original = new Figure(kind, number, unit, qualifier, string.Empty, 0, 0);

        // Act
        var text = _formatter.Format(original, language);
        var figures = _extractor.Extract(text);

        // Assert
        var read = Assert.Single(figures);
        Assert.True(_equivalence.Matches(original, read), $"'{text}' read back as {read.Value} {read.Unit}");
        Assert.Equal(qualifier, read.Qualifier);
        Assert.Equal(text, read.Surface);
    }
}
