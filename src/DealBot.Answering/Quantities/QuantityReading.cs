using DealBot.Core.Figures;

namespace DealBot.Answering.Quantities;

/// <summary>What a question states in numbers: its quantities, the dates it names and what it asks a result to be measured in.</summary>
public sealed record QuantityReading(IReadOnlyList<StatedQuantity> Quantities, IReadOnlyList<Figure> Dates, QuantityTarget Target)
{
    public static QuantityReading Empty { get; } = new([], [], QuantityTarget.None);
}
