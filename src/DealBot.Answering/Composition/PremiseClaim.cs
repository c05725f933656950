using DealBot.Core.Facts;
using DealBot.Core.Figures;

namespace DealBot.Answering.Composition;

/// <summary>A number a question's premise states, and the curated figure the premise states it about.</summary>
/// <param name="Claim">The number as the question states it ("$300 billion").</param>
/// <param name="Fact">The curated figure it is about (Nvidia's planned investment, up to US$100 billion).</param>
/// <param name="Contradicted">True when the sources give another value: the premise is false.</param>
internal sealed record PremiseClaim(Figure Claim, FactFigure Fact, bool Contradicted);
