using DealBot.Core.Figures;

namespace DealBot.Answering.Quantities;

/// <summary>What a question states in numbers: its quantities, the dates it names and what it asks a result to be measured in.</summary>
public sealed record QuantityReading(IReadOnlyList<StatedQuantity> Quantities, IReadOnlyList<Figure> Dates, QuantityTarget Target)
{
    /// <summary>The units named anywhere in the question that no number uses ("gigawatts i mean").</summary>
    public IReadOnlyList<UnitMention> FreeUnits { get; init; } = [];

    /// <summary>The counted things named anywhere in the question ("users", "户").</summary>
    public IReadOnlyList<UnitMention> Counted { get; init; } = [];

    public static QuantityReading Empty { get; } = new([], [], QuantityTarget.None);
}
