namespace DealBot.Answering.Llm;

/// <summary>Answers with a language model, verified; the answer service falls back to the offline composer on failure.</summary>
public interface ILlmAnswerer
{
    /// <summary>True when a model is configured (<c>Llm:Provider</c> is not none).</summary>
    bool IsEnabled { get; }

    /// <summary>Answers; never throws except for cancellation: failures come back as <see cref="LlmOutcome.Failed"/>.</summary>
    Task<LlmAnswerResult> AnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken = default);
}
