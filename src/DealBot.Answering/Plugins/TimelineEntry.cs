using DealBot.Core.Facts;

namespace DealBot.Answering.Plugins;

/// <summary>A milestone of the deal, in the answer's language.</summary>
/// <param name="Id">Stable id of the event in the facts file.</param>
/// <param name="When">The period as the facts file writes it ("2026-H2", "once a definitive agreement is signed").</param>
/// <param name="Period">The period for people ("the second half of 2026" / "2026年下半年").</param>
/// <param name="From">First day of the period; null for an event that waits on a condition.</param>
/// <param name="To">Last day of the period.</param>
/// <param name="What">What happens.</param>
/// <param name="Planned">True when the sources describe a plan for after their reporting date.</param>
/// <param name="AsOf">Reporting date of the sources.</param>
/// <param name="Sources">Where it is stated.</param>
public sealed record TimelineEntry(
    string Id,
    string When,
    string Period,
    DateOnly? From,
    DateOnly? To,
    string What,
    bool Planned,
    DateOnly AsOf,
    IReadOnlyList<FactSource> Sources);
