namespace DealBot.Answering.Plugins;

/// <summary>Where today stands against a milestone's period.</summary>
public enum MilestoneRelation
{
    /// <summary>Today is before the period starts.</summary>
    Before,

    /// <summary>Today is within the period.</summary>
    Within,

    /// <summary>The period is over.</summary>
    After,

    /// <summary>The milestone waits on a condition and has no dates.</summary>
    Undated,
}
