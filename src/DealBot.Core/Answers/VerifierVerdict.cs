namespace DealBot.Core.Answers;

/// <summary>What the grounding verifier made of the drafts behind an answer.</summary>
public enum VerifierVerdict
{
    /// <summary>Nothing was verified: a reply that states no figure from the sources (a refusal, a decline).</summary>
    NotChecked,

    /// <summary>Every draft it saw was grounded.</summary>
    Grounded,

    /// <summary>
    /// It refused at least one draft for numbers it could not ground: the model was asked again, or the draft was
    /// replaced (by the offline answer, or by the nearest passage). What was sent is never the refused draft.
    /// </summary>
    Rejected,
}
