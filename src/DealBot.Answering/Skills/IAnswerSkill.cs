namespace DealBot.Answering.Skills;

/// <summary>
/// One kind of answer (a figure, a calculation, a view, a reason, a list…): it reads the question's frame and what
/// retrieval found, and, when it can answer, bids with how well it fits and the answer it would give. The engine
/// takes the best bid. A new kind of answer is a new skill, registered once.
/// </summary>
internal interface IAnswerSkill
{
    string Name { get; }

    /// <summary>The skill's answer and how well it fits (0–1); null when the skill cannot answer this question.</summary>
    SkillBid? Bid(SkillContext context);
}
