using DealBot.Core.Documents;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// A store that holds the live generation's passages in this process (the embedded store) and can hand back its own
/// instance of a passage a refresh rebuilt unchanged: the next generation then shares it with the live one instead of
/// holding a second copy of every unchanged article's text while both are in memory.
/// </summary>
internal interface ILivePassages
{
    /// <summary>The live generation's passage equal to <paramref name="built"/>, or <paramref name="built"/> itself. Called from several threads at once.</summary>
    Passage Reuse(Passage built);
}
