namespace DealBot.Answering.Understanding;

/// <summary>
/// The day an answer gave ("must decide by February 1, 2027"): the end a count of days asked next counts to ("how many
/// days after the review opened is that?").
/// </summary>
public sealed record AnsweredDay(DateOnly Day, string Label, string? EventId, Core.Answers.Citation? Quoted);
