using DealBot.Knowledge.Sparse;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// A passage as a refresh prepares it for the index before the corpus is known: the draft (its embedding input with the
/// entity names already in English) and its term counts.
/// </summary>
internal sealed record AnalyzedPassage(PassageDraft Draft, TermCounts Terms);
