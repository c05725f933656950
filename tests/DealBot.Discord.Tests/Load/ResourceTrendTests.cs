using DealBot.Discord.Testing.Load;

namespace DealBot.Discord.Tests.Load;

public sealed class ResourceTrendTests
{
    [Fact]
    public void Of_JudgesTheLastSampleAgainstTheFirstAfterWarmup()
    {
        var trend = ResourceTrend.Of("working set", [50, 100, 120, 108], warmupSamples: 1);

        Assert.Equal(100, trend.Baseline);
        Assert.Equal(108, trend.Last);
        Assert.Equal(120, trend.Peak);
        Assert.Equal(0.08, trend.Change, 6);
        Assert.True(trend.IsFlatWithin(0.10));
    }

    [Theory]
    [InlineData(111, false)]
    [InlineData(110, true)]
    [InlineData(89, false)]
    public void IsFlatWithin_TenPercent_EitherWay(double last, bool flat)
        => Assert.Equal(flat, ResourceTrend.Of("handles", [100, last], warmupSamples: 0).IsFlatWithin(0.10));

    [Fact]
    public void Of_FewerSamplesThanWarmup_UsesTheLast()
    {
        var trend = ResourceTrend.Of("threads", [30], warmupSamples: 1);

        Assert.Equal(30, trend.Baseline);
        Assert.True(trend.IsFlatWithin(0.10));
    }
}
