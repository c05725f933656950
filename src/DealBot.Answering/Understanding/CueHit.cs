namespace DealBot.Answering.Understanding;

/// <summary>A phrase of the phrasebook found in a question: which cue it signals and where it stands.</summary>
public sealed record CueHit(string Cue, string Phrase, int Start, int Length)
{
    public int End => Start + Length;
}
