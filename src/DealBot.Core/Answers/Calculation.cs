namespace DealBot.Core.Answers;

/// <summary>A computation behind a number of an answer: its expression, result and the cited figures it used.</summary>
/// <param name="Expression">Machine-readable expression, for example "100e9 / 10".</param>
/// <param name="Result">Machine-readable result, for example "1e10".</param>
/// <param name="Inputs">References of the inputs, as "source_id#figure".</param>
/// <param name="Display">The result as shown to people ("US$10 billion per GW"); null when the same as Result.</param>
/// <param name="Unit">Unit of the result ("USD", "USD/GW", "%", "W", "Wh", "x", "days").</param>
public sealed record Calculation(string Expression, string Result, IReadOnlyList<string> Inputs, string? Display = null, string? Unit = null);
