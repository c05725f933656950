namespace DealBot.Answering.Llm;

/// <summary>How an LLM answer attempt ended.</summary>
public enum LlmOutcome
{
    /// <summary>A grounded, cited answer.</summary>
    Answered,

    /// <summary>The model declined (not_in_sources, out_of_scope or refused) and its text passed the number check.</summary>
    Declined,

    /// <summary>No usable answer (still ungrounded after the retry, unreadable, model unavailable): fall back to the offline composer.</summary>
    Failed,
}
