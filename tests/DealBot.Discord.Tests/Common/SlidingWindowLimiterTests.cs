using Microsoft.Extensions.Time.Testing;

namespace DealBot.Discord.Tests.Common;

public sealed class SlidingWindowLimiterTests
{
    [Fact]
    public void TryAcquireSlot_AfterASlowSendIsRestamped_CountsTheWindowFromWhenItLeft()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(time, 2, TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquireSlot(0));
        time.Advance(TimeSpan.FromSeconds(10));
        limiter.RestampLatest();
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquireSlot(0));

        // Both slots now date from second 10: the third waits the whole minute, not the 50 s left from second 0.
        Assert.Equal(TimeSpan.FromSeconds(60), limiter.TryAcquireSlot(0));
    }

    [Fact]
    public void TryAcquireSlot_WithoutRestamp_CountsFromTheSlot()
    {
        var time = new FakeTimeProvider();
        var limiter = new SlidingWindowLimiter(time, 2, TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquireSlot(0));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquireSlot(0));

        Assert.Equal(TimeSpan.FromSeconds(50), limiter.TryAcquireSlot(0));
    }
}
