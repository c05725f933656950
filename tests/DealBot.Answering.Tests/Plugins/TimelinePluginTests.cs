using DealBot.Answering.Plugins;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Tests.Plugins;

public sealed class TimelinePluginTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private TimelinePlugin Plugin() => new(TestFacts.Catalog(), _time, new FigureExtractor(), new FigureFormatter(), new LexicalMatchers(new FigureExtractor()));

    [Fact]
    public void ItCanBeImported()
    {
        var plugin = KernelPluginFactory.CreateFromObject(Plugin());

        Assert.Equal(5, plugin.FunctionCount);
        Assert.All(plugin, f => Assert.False(string.IsNullOrWhiteSpace(f.Description)));
    }

    [Fact]
    public void DaysBetween_AnnouncementToNovember28_432Days()
    {
        var result = Plugin().DaysBetween("2025-09-22", "2026-11-28");

        Assert.Equal(432m, result.Value);
        Assert.Equal("432", result.Result);
        Assert.Equal("2026-11-28 - 2025-09-22", result.Expression);
        Assert.Equal("432 days", result.Display);
        Assert.Equal("432天", Plugin().DaysBetween("2025-09-22", "2026-11-28", "zh").Display);
    }

    [Fact]
    public void DaysFromToday_UsesInjectedClock()
    {
        Assert.Equal(272m, Plugin().DaysFromToday("2026-11-28").Value);

        _time.Advance(TimeSpan.FromDays(10));

        Assert.Equal(262m, Plugin().DaysFromToday("2026-11-28").Value);
    }

    [Fact]
    public void Today_is_the_utc_day_whatever_the_machine_time_zone()
    {
        // 2026-03-01 12:00 UTC is already 2 March in Kiribati (UTC+14).
        _time.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("UTC+14", TimeSpan.FromHours(14), "UTC+14", "UTC+14"));

        Assert.Equal(new DateOnly(2026, 3, 1), Plugin().Today);
    }

    [Theory]
    [InlineData("second half of 2026", "2026-07-01", "2026-12-31")]
    [InlineData("2026年下半年", "2026-07-01", "2026-12-31")]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("October 2024", "2024-10-01", "2024-10-31")]
    [InlineData("2019", "2019-01-01", "2019-12-31")]
    public void ParsePeriod_PeriodsInBothLanguages_DateRange(string text, string from, string to)
    {
        var range = Plugin().ParsePeriod(text);

        Assert.Equal(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), range.From);
        Assert.Equal(DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), range.To);
    }

    [Fact]
    public void ParsePeriod_Nonsense_ThrowsClearError()
    {
        var error = Assert.Throws<CalculationException>(() => Plugin().ParsePeriod("soonish"));

        Assert.Contains("'soonish'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEventsAsync_Events_InDateOrder()
    {
        var events = await Plugin().GetEventsAsync();

        Assert.Equal(
            ["microsoft-invests-since-2019", "letter-of-intent-announced", "definitive-agreement-first-investment", "first-gigawatt-online", "first-deliveries-complete"],
            events.Select(e => e.Id));
        Assert.Equal("the second half of 2026", events[3].Period);
    }

    [Fact]
    public async Task GetMilestoneStatusAsync_BeforePeriod_PlannedAsReportedWithCountdown()
    {
        var status = await Plugin().GetMilestoneStatusAsync("first gigawatt online on Vera Rubin");

        Assert.NotNull(status);
        Assert.Equal("first-gigawatt-online", status.Milestone.Id);
        Assert.Equal(MilestoneRelation.Before, status.Relation);
        Assert.Equal(122m, status.DaysToStart!.Value);
        Assert.Contains("As reported in September 2025", status.Summary, StringComparison.Ordinal);
        Assert.Contains("planned for the second half of 2026", status.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMilestoneStatusAsync_AfterPeriod_SaysSourcesCannotTell()
    {
        _time.SetUtcNow(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero));

        var status = await Plugin().GetMilestoneStatusAsync("第一阶段上线", "zh");

        Assert.NotNull(status);
        Assert.Equal(MilestoneRelation.After, status.Relation);
        Assert.Null(status.DaysToStart);
        Assert.Contains("据2025年9月的报道", status.Summary, StringComparison.Ordinal);
        Assert.Contains("无法说明", status.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMilestoneStatusAsync_WithinPeriod_Within()
    {
        _time.SetUtcNow(new DateTimeOffset(2026, 8, 15, 0, 0, 0, TimeSpan.Zero));

        var status = await Plugin().GetMilestoneStatusAsync("first-gigawatt-online");

        Assert.Equal(MilestoneRelation.Within, status!.Relation);
    }

    [Fact]
    public async Task GetMilestoneStatusAsync_ConditionalEvent_Undated()
    {
        var status = await Plugin().GetMilestoneStatusAsync("definitive agreement");

        Assert.Equal(MilestoneRelation.Undated, status!.Relation);
        Assert.Contains("no date", status.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMilestoneStatusAsync_NoMatch_Null()
    {
        Assert.Null(await Plugin().GetMilestoneStatusAsync("xyzzy"));
    }
}
