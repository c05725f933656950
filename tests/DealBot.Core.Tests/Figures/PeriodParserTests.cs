using DealBot.Core.Figures;

namespace DealBot.Core.Tests.Figures;

public sealed class PeriodParserTests
{
    [Theory]
    [InlineData("2019", "2019-01-01", "2019-12-31")]
    [InlineData("2024-10", "2024-10-01", "2024-10-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-09-22", "2025-09-22", "2025-09-22")]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30")]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    public void Reads_periods(string when, string from, string to)
    {
        Assert.True(PeriodParser.TryParse(when, out var first, out var last));
        Assert.Equal(DateOnly.Parse(from), first);
        Assert.Equal(DateOnly.Parse(to), last);
    }

    [Theory]
    [InlineData("once a definitive agreement is signed")]
    [InlineData("2026-13")]
    [InlineData("2026-H3")]
    [InlineData("9999")]
    [InlineData("")]
    public void Phrases_and_impossible_periods_have_no_dates(string when) =>
        Assert.False(PeriodParser.TryParse(when, out _, out _));
}
