using DealBot.Core.Figures;

namespace DealBot.Core.Tests.Figures;

public class FigureEquivalenceTests
{
    private readonly FigureExtractor _extractor = new();
    private readonly FigureEquivalence _equivalence = new();

    [Theory]
    [InlineData("US$10 billion", "$10bn")]
    [InlineData("US$10 billion", "100亿美元")]
    [InlineData("$10bn", "100亿美元")]
    [InlineData("up to US$100 billion", "1000亿美元")]
    [InlineData("10 GW", "10 千兆瓦")]
    [InlineData("10 gigawatts", "10吉瓦")]
    [InlineData("more than 8 million", "800多万")]
    [InlineData("1.96%", "1.9608%")]
    [InlineData("87.6 TWh", "876亿千瓦时")]
    [InlineData("5 times", "5倍")]
    [InlineData("second half of 2026", "2026年下半年")]
    [InlineData("October 2024", "2024")]
    [InlineData("end of 2026", "2026年底")]
    [InlineData("December 2026", "late 2026")]
    public void Matches_SameFigureDifferentWording_IsTrue(string left, string right)
    {
        // Arrange
        var a = Assert.Single(_extractor.Extract(left));
        var b = Assert.Single(_extractor.Extract(right));

        // Act and assert
        Assert.True(_equivalence.Matches(a, b));
        Assert.True(_equivalence.Matches(b, a));
    }

    [Theory]
    [InlineData("$300 billion", "$100 billion")]
    [InlineData("2%", "1.96%")]
    [InlineData("US$10 billion", "100亿元")]
    [InlineData("10 GW", "10 GWh")]
    [InlineData("5 times", "5%")]
    [InlineData("US$10 billion", "US$10.1 billion")]
    [InlineData("first half of 2026", "second half of 2026")]
    [InlineData("first half of 2026", "end of 2026")]
    [InlineData("-0.8%", "0.8%")]
    public void Matches_DifferentFigures_IsFalse(string left, string right)
    {
        // Arrange
        var a = Assert.Single(_extractor.Extract(left));
        var b = Assert.Single(_extractor.Extract(right));

        // Act and assert
        Assert.False(_equivalence.Matches(a, b));
    }

    [Fact]
    public void Matches_DatesWithoutPeriod_IsFalse()
    {
        // Arrange
        var a = Assert.Single(_extractor.Extract("9月22日"));

        // Act and assert
        Assert.False(_equivalence.Matches(a, a));
    }

    [Fact]
    public void Find_NeedleInPassageFigures_ReturnsMatchingFigure()
    {
        // Arrange
        var passage = _extractor.Extract("英伟达将向 OpenAI 投资 100 亿美元,OpenAI 的最新估值为 5000 亿美元。");
        var needle = Assert.Single(_extractor.Extract("a US$500 billion valuation"));

        // Act
        var found = _equivalence.Find(needle, passage);

        // Assert
        Assert.NotNull(found);
        Assert.Equal("5000 亿美元", found.Surface);
    }

    [Fact]
    public void Find_NoMatch_ReturnsNull()
    {
        // Arrange
        var passage = _extractor.Extract("100亿美元 and 5000亿美元");
        var needle = Assert.Single(_extractor.Extract("$300 billion"));

        // Act and assert
        Assert.Null(_equivalence.Find(needle, passage));
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1)]
    public void Constructor_ToleranceOutOfRange_Throws(double tolerance)
    {
        // Act and assert
        Assert.Throws<ArgumentOutOfRangeException>(() => new FigureEquivalence((decimal)tolerance));
    }
}
