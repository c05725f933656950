using DealBot.Answering.Understanding;

namespace DealBot.Answering.Composition;

/// <summary>A question as understood, the answer it got and what that answer leaves for a follow-up.</summary>
internal sealed record AnsweredTurn(QuestionFrame Frame, ComposedAnswer Answer, TurnResult Result);
