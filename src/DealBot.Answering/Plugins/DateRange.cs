namespace DealBot.Answering.Plugins;

/// <summary>A period as a range of days: "second half of 2026" = 2026-07-01..2026-12-31.</summary>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Text">The period as it was asked for.</param>
public sealed record DateRange(DateOnly From, DateOnly To, string Text)
{
    /// <summary>Number of days covered, both ends included.</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;
}
