namespace DealBot.Knowledge.Sparse;

/// <summary>
/// What BM25 needs of one passage, before the corpus is known: each term id (ascending) with how often it occurs, and
/// the passage's length in terms. Kept per article between refreshes, since the weights move with the average length.
/// </summary>
/// <param name="Ids">Term ids (<see cref="TermHasher"/>), ascending and distinct.</param>
/// <param name="Frequencies">How often each term occurs, at the same position as its id.</param>
/// <param name="Length">The number of terms of the passage, repeats included.</param>
internal sealed record TermCounts(uint[] Ids, int[] Frequencies, int Length);
