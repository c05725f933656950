using DealBot.Core.Figures;

namespace DealBot.Answering.Quantities;

/// <summary>
/// A quantity a question states: "$45bn per GW", "3 GW", "a year", "at 0.93" (an exchange rate), "800万户". The flags
/// say how the question uses it.
/// </summary>
/// <param name="Quantity">The amount and what it measures.</param>
/// <param name="Surface">The text that states it.</param>
/// <param name="Start">Where it starts in the question.</param>
/// <param name="Length">How long it is.</param>
public sealed record StatedQuantity(Quantity Quantity, string Surface, int Start, int Length)
{
    /// <summary>The figure the quantity was read from (null for "a GW", "一年").</summary>
    public Figure? Figure { get; init; }

    /// <summary>Stated as an assumption to compute with: "if", "say", "假如".</summary>
    public bool Hypothetical { get; init; }

    /// <summary>Stated as a fact the question takes for granted ("since", "I heard", "既然"): a claim to check.</summary>
    public bool InPremise { get; init; }

    /// <summary>Stated only to be rejected: "300bn not 500bn", "不是5000亿".</summary>
    public bool Negated { get; init; }

    /// <summary>One unit standing alone: "a GW" in "a GW costs $45bn", "每吉瓦".</summary>
    public bool UnitOnly { get; init; }

    /// <summary>An exchange rate: "at 0.93", "eur/usd is 1.17", "按7.1的汇率".</summary>
    public bool ExchangeRate { get; init; }

    /// <summary>Stated as what something is divided by: "$40 billion per 4 GW", "每3吉瓦".</summary>
    public bool Divisor { get; init; }

    /// <summary>What the question calls it, when it says ("valuation").</summary>
    public string? Role { get; init; }

    public int End => Start + Length;
}
