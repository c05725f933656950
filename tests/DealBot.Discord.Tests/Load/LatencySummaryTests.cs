using DealBot.Discord.Testing.Load;

namespace DealBot.Discord.Tests.Load;

public sealed class LatencySummaryTests
{
    [Fact]
    public void Of_HundredDelays_TakesNearestRank()
    {
        var delays = Enumerable.Range(1, 100).Reverse().Select(i => TimeSpan.FromMilliseconds(i));

        var summary = LatencySummary.Of(delays);

        Assert.Equal(100, summary.Count);
        Assert.Equal(TimeSpan.FromMilliseconds(50), summary.P50);
        Assert.Equal(TimeSpan.FromMilliseconds(95), summary.P95);
        Assert.Equal(TimeSpan.FromMilliseconds(99), summary.P99);
        Assert.Equal(TimeSpan.FromMilliseconds(100), summary.Max);
    }

    [Fact]
    public void Of_FewDelays_P99IsTheLargest()
    {
        var summary = LatencySummary.Of([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)]);

        Assert.Equal(TimeSpan.FromSeconds(2), summary.P50);
        Assert.Equal(TimeSpan.FromSeconds(3), summary.P99);
    }

    [Fact]
    public void Of_Nothing_IsEmpty() => Assert.Equal(0, LatencySummary.Of([]).Count);

    [Fact]
    public void Percentile_OutsideZeroToOne_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => LatencySummary.Percentile([TimeSpan.Zero], 1.5));
}
