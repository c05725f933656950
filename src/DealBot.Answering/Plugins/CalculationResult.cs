using DealBot.Core.Answers;

namespace DealBot.Answering.Plugins;

/// <summary>The outcome of one calculator (or date) computation, ready to be shown and traced.</summary>
/// <param name="Expression">Machine-readable expression, for example "100e9 / 10".</param>
/// <param name="Result">Machine-readable result, for example "1e10" (up to 12 significant figures).</param>
/// <param name="Value">The exact result, in <paramref name="Unit"/>.</param>
/// <param name="Unit">
/// Unit of <paramref name="Value"/>: "USD", "USD/GW", "W/household", "%", "x", "W", "Wh", "count", "days", or the target
/// unit of a conversion ("MW", "TWh", "billion", "亿").
/// </param>
/// <param name="Display">The result rounded for people (3 significant figures), in the requested language.</param>
/// <param name="Inputs">References of the cited figures used, as "source_id#figure_id".</param>
public sealed record CalculationResult(
    string Expression,
    string Result,
    decimal Value,
    string Unit,
    string Display,
    IReadOnlyList<string> Inputs)
{
    /// <summary>The result as the answer contract carries it.</summary>
    public Calculation ToCalculation() => new(Expression, Result, Inputs, Display, Unit);
}
