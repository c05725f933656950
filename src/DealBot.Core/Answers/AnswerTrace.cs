using DealBot.Core.Retrieval;

namespace DealBot.Core.Answers;

/// <summary>What happened on the way to an answer: retrieved passages, plugin calls and the verifier's verdict.</summary>
public sealed record AnswerTrace(IReadOnlyList<ScoredPassage> Retrieved, IReadOnlyList<string> Steps, string? Verdict);
