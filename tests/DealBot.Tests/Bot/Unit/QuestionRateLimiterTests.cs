using DealBot.Bot;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Tests.Bot.Unit;

public sealed class QuestionRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-28T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Allows_the_configured_number_per_minute_then_says_how_long_to_wait()
    {
        var limiter = Limiter(perMinute: 3);
        Assert.Null(limiter.TryAcquire(1));
        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(limiter.TryAcquire(1));
        Assert.Null(limiter.TryAcquire(1));

        var wait = limiter.TryAcquire(1);

        Assert.Equal(TimeSpan.FromSeconds(50), wait);
    }

    [Fact]
    public void The_window_slides()
    {
        var limiter = Limiter(perMinute: 2);
        Assert.Null(limiter.TryAcquire(1));
        _time.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(limiter.TryAcquire(1));
        Assert.NotNull(limiter.TryAcquire(1));

        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Null(limiter.TryAcquire(1));
        Assert.NotNull(limiter.TryAcquire(1));
    }

    [Fact]
    public void Refused_questions_do_not_extend_the_wait()
    {
        var limiter = Limiter(perMinute: 1);
        Assert.Null(limiter.TryAcquire(1));
        for (var i = 0; i < 5; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(10));
            Assert.NotNull(limiter.TryAcquire(1));
        }

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Null(limiter.TryAcquire(1));
    }

    [Fact]
    public void Members_are_limited_separately()
    {
        var limiter = Limiter(perMinute: 1);
        Assert.Null(limiter.TryAcquire(1));
        Assert.NotNull(limiter.TryAcquire(1));
        Assert.Null(limiter.TryAcquire(2));
    }

    [Fact]
    public void A_member_is_warned_once_per_window()
    {
        var limiter = Limiter(perMinute: 1);

        Assert.True(limiter.ShouldWarn(1));
        _time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(limiter.ShouldWarn(1));
        Assert.True(limiter.ShouldWarn(2));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.ShouldWarn(1));
    }

    private QuestionRateLimiter Limiter(int perMinute) =>
        new(Options.Create(new BotOptions { QuestionsPerUserPerMinute = perMinute }), _time);
}
