using DealBot.Answering.Composition;
using DealBot.Answering.Understanding;

namespace DealBot.Answering.Skills;

/// <summary>A skill's offer: how well it fits the question (0–1), the answer, and what the answer leaves for a follow-up.</summary>
internal sealed record SkillBid(string Skill, double Score, ComposedAnswer Answer, TurnResult Result);
