using DealBot.Core.Answers;

namespace DealBot.Answering.Quantities;

/// <summary>Where an operand of a calculation comes from; the working names it.</summary>
public enum OperandOrigin
{
    /// <summary>A number the member stated, taken as stated.</summary>
    Question,

    /// <summary>A curated figure of the knowledge base, cited.</summary>
    Fact,

    /// <summary>A figure stated by a retrieved passage, cited.</summary>
    Passage,

    /// <summary>The result of the previous turn ("that").</summary>
    Previous,
}

/// <summary>A quantity a calculation may use, with where it comes from and how the working labels it.</summary>
/// <param name="Quantity">The amount and what it measures.</param>
/// <param name="Origin">The question, a curated fact, a passage or the previous answer.</param>
/// <param name="Label">What it is, in the answer's language ("Nvidia's planned investment in OpenAI", "stated").</param>
/// <param name="Reference">The calculation input reference ("deal-structure-en#nvidia-investment-total", "question").</param>
/// <param name="Relevance">How well it matches what the question is about (0–1); stated numbers are 1.</param>
public sealed record Operand(Quantity Quantity, OperandOrigin Origin, string Label, string Reference, double Relevance)
{
    /// <summary>The citation backing it (facts and passages).</summary>
    public Citation? Citation { get; init; }

    /// <summary>The curated figure, when it is one (for its qualifier and scope).</summary>
    public Core.Facts.FactFigure? Fact { get; init; }

    /// <summary>True when the member stated it (even if it matches a curated figure).</summary>
    public bool Stated { get; init; }

    /// <summary>A single unit the member named ("a GW", "for a year"): an operand, but a weak one.</summary>
    public bool UnitOnly { get; init; }

    /// <summary>What the question calls it ("valuation").</summary>
    public string? Role { get; init; }

    /// <summary>Stated as what something is divided by ("per 4 GW").</summary>
    public bool Divisor { get; init; }

    /// <summary>Article ids stating it, for pairing figures of one scope.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    /// <summary>The position of the fact in the facts file (headline figures come first); int.MaxValue otherwise.</summary>
    public int Order { get; init; } = int.MaxValue;

    /// <summary>Where the question states it, for "the one named first".</summary>
    public int Position { get; init; } = int.MaxValue;
}
