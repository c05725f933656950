using DealBot.Answering.Verification;
using DealBot.Core.Answers;

namespace DealBot.Answering.Llm;

/// <summary>The LLM answerer's result: an answer, or the signal to fall back to the offline composer.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Answer">The answer (null when <see cref="LlmOutcome.Failed"/>).</param>
/// <param name="Verdict">The last grounding verdict, when the model's text was verified.</param>
/// <param name="Problem">Why it failed, for logs and traces.</param>
/// <param name="Steps">Tool calls and verifier verdicts, for traces.</param>
public sealed record LlmAnswerResult(
    LlmOutcome Outcome,
    Answer? Answer,
    GroundingVerdict? Verdict,
    string? Problem,
    IReadOnlyList<string> Steps)
{
    /// <summary>How many of the model's drafts the grounding verifier refused on the way (each one asked again).</summary>
    public int Rejections { get; init; }

    /// <summary>True when the caller should answer with the offline composer instead.</summary>
    public bool ShouldFallBack => Outcome == LlmOutcome.Failed || Answer is null;

    /// <summary>A failure with its reason.</summary>
    public static LlmAnswerResult Failed(string problem, GroundingVerdict? verdict = null, IReadOnlyList<string>? steps = null) =>
        new(LlmOutcome.Failed, null, verdict, problem, steps ?? []);
}
