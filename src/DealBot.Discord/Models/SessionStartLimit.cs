namespace DealBot.Discord.Models;

/// <summary>How many Identify calls are left today.</summary>
public sealed record SessionStartLimit
{
    /// <summary>The daily total.</summary>
    public int Total { get; init; }

    /// <summary>What is left.</summary>
    public int Remaining { get; init; }

    /// <summary>Milliseconds until the budget resets.</summary>
    public long ResetAfter { get; init; }

    /// <summary>Identify calls allowed per 5 s.</summary>
    public int MaxConcurrency { get; init; }
}
