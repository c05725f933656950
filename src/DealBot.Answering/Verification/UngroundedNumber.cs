using DealBot.Core.Figures;

namespace DealBot.Answering.Verification;

/// <summary>A number of an answer that no cited quote or calculation states.</summary>
/// <param name="Text">The number as written in the answer ("$300 billion").</param>
/// <param name="Start">Offset in the answer text.</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Value">Its normalised value.</param>
/// <param name="Unit">Its normalised unit.</param>
public sealed record UngroundedNumber(string Text, int Start, FigureKind Kind, decimal Value, string Unit);
