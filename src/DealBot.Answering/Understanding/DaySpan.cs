namespace DealBot.Answering.Understanding;

/// <summary>The two ends of a count of days an answer gave, so "and to 1 July 2026?" keeps the other one.</summary>
public sealed record DaySpan(DateOnly From, string FromLabel, string? FromEvent, DateOnly To, string ToLabel, string? ToEvent);
