namespace DealBot.Answering.Quantities;

/// <summary>
/// What a calculation must produce: the dimension of the result (money in euros, power, a count of households, a
/// share in percent, a multiple), the operation the question names if it names one, and the unit to show it in.
/// </summary>
/// <param name="Dimension">What the result measures.</param>
/// <param name="Percent">The result is a share, shown in percent.</param>
/// <param name="Operation">The operation the question names ("per" divides, "how much more" subtracts), if any.</param>
/// <param name="Display">The unit to show the result in ("MW", "weeks"), if the question names one.</param>
public sealed record CalculationGoal(Dimension Dimension, bool Percent, Operation? Operation, UnitMention? Display)
{
    /// <summary>The result is a multiple ("5 times"): a ratio of two like quantities.</summary>
    public bool Multiple { get; init; }

    /// <summary>The question asks how far apart two values are, whatever their order ("how many points apart").</summary>
    public bool Absolute { get; init; }

    /// <summary>
    /// Another operation the question names inside the calculation ("the rest … in 6 equal installments, each?":
    /// subtracting under a division).
    /// </summary>
    public Operation? Inner { get; init; }
}
