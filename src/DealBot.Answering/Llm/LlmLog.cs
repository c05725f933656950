using Microsoft.Extensions.Logging;

namespace DealBot.Answering.Llm;

/// <summary>Log messages of the LLM path (EventIds 5100–5199). Never logs keys or whole prompts.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Debug, Message = "LLM answer accepted on attempt {Attempt} with {Citations} citation(s) and {Calculations} calculation(s)")]
    public static partial void Accepted(ILogger logger, int attempt, int citations, int calculations);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "LLM answer rejected, retrying once: {Complaint}")]
    public static partial void Retrying(ILogger logger, string complaint);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "LLM answer still rejected after the retry; falling back to the offline answer: {Complaint}")]
    public static partial void GaveUp(ILogger logger, string complaint);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "LLM unavailable; falling back to the offline answer")]
    public static partial void Unavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Debug, Message = "The model cited an unknown id {CiteId}")]
    public static partial void UnknownCitation(ILogger logger, string citeId);
}
