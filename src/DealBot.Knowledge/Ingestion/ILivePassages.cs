using DealBot.Core.Documents;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// A store that holds the live generation's passages in this process (the embedded store) and can hand back its own
/// instance of a passage a refresh rebuilt unchanged, and its own array of a dense vector the embedding cache holds
/// too: the next generation then shares them with the live one instead of holding a second copy of every unchanged
/// article's text and vectors while both are in memory.
/// </summary>
internal interface ILivePassages
{
    /// <summary>The live generation's passage equal to <paramref name="built"/>, or <paramref name="built"/> itself. Called from several threads at once.</summary>
    Passage Reuse(Passage built);

    /// <summary>The live generation's vector holding exactly the values of <paramref name="vector"/> (bit for bit), or null when it has none.</summary>
    float[]? ReuseVector(ReadOnlySpan<float> vector);
}
