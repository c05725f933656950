namespace DealBot.Core.Facts;

/// <summary>A dated milestone: something that happened, or was planned as of the reporting date.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="When">The period as written in the facts file: "2025-09-22", "2024-10", "2019", "2026-H2", "2026-Q4", or a phrase when undated.</param>
/// <param name="From">First day of the period; null for an event that waits on a condition (such as a definitive agreement).</param>
/// <param name="To">Last day of the period.</param>
/// <param name="What">What happens, in both languages.</param>
/// <param name="Planned">True when the sources describe it as a plan for after their reporting date.</param>
/// <param name="AsOf">The reporting date of the sources.</param>
/// <param name="Sources">Where it is stated.</param>
public sealed record TimelineEvent(
    string Id,
    string When,
    DateOnly? From,
    DateOnly? To,
    LocalizedText What,
    bool Planned,
    DateOnly AsOf,
    IReadOnlyList<FactSource> Sources)
{
    /// <summary>
    /// True for the few facts that tell the story in short: what an overview ("explain the deal") and a list of the key
    /// numbers show, in the order of the facts file. Moderators mark them with <c>headline: true</c>.
    /// </summary>
    public bool Headline { get; init; }
}
