using DealBot.Core.Answers;

namespace DealBot.Telemetry;

/// <summary>
/// Which composer gave an answer: <c>offline</c>, <c>llm</c>, or <c>fallback</c> (the LLM's answer was replaced by the
/// offline one), read from the engine's trace, which names the path in a step of its own.
/// </summary>
internal static class AnswerPaths
{
    public const string Offline = "offline";
    public const string Llm = "llm";
    public const string Fallback = "fallback";

    public static string Of(AnswerTrace? trace)
    {
        var step = trace?.Steps.FirstOrDefault(s => s.StartsWith("path: ", StringComparison.Ordinal));
        return step switch
        {
            null => Offline,
            _ when step.StartsWith("path: llm", StringComparison.Ordinal) => Llm,
            _ when step.Contains("replacing the LLM answer", StringComparison.Ordinal) => Fallback,
            _ => Offline,
        };
    }

    /// <summary>Whether the verifier found numbers it could not ground (its verdict names them).</summary>
    public static bool VerifierRejected(AnswerTrace? trace) =>
        trace?.Verdict is { } verdict && verdict.StartsWith("Not grounded", StringComparison.Ordinal)
        || trace?.Steps.Any(s => s.Contains("Not grounded", StringComparison.Ordinal)) == true;
}
