using DealBot.Answering.Skills;
using DealBot.Answering.Understanding;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Composition;

/// <summary>One question as the engine works on it: its frame (read against the previous turn), what retrieval found, the knowledge base, and the previous turn.</summary>
internal sealed record AnswerContext(QuestionFrame Frame, IReadOnlyList<ScoredPassage> Passages, KnowledgeView Knowledge, AnsweredTurn? Previous)
{
    public SkillContext ForSkills => new(Frame, Passages, Knowledge);
}
