namespace DealBot.Answering.Plugins;

/// <summary>How a milestone stands relative to today, phrased as what the September 2025 sources planned.</summary>
/// <param name="Milestone">The milestone.</param>
/// <param name="Today">Today's date, from the injected clock.</param>
/// <param name="Relation">Before, within or after its period, or undated.</param>
/// <param name="Summary">One or two sentences in the answer's language, saying what was planned as of the reporting date.</param>
/// <param name="DaysToStart">Days from today to the period's first day, when it is still ahead.</param>
public sealed record MilestoneStatus(
    TimelineEntry Milestone,
    DateOnly Today,
    MilestoneRelation Relation,
    string Summary,
    CalculationResult? DaysToStart);
