namespace DealBot.Core.Answers;

/// <summary>Which composer gave an answer, decided by the engine where it chooses one.</summary>
public enum AnswerPath
{
    /// <summary>The offline engine: its skills, or the screen's reply before any composer ran (refusals, small talk).</summary>
    Offline,

    /// <summary>The LLM, its answer verified.</summary>
    Llm,

    /// <summary>The LLM was asked but failed or could not be verified; the offline engine's answer replaced its own.</summary>
    Fallback,
}
