namespace DealBot.Core.Answers;

/// <summary>The typed outcome of a question.</summary>
public enum AnswerStatus
{
    /// <summary>Answered from the sources, with citations.</summary>
    Answered,

    /// <summary>On topic, but the sources do not say (live prices, events after the reporting date, uncovered deals).</summary>
    NotInSources,

    /// <summary>Not about the deal (weather, poems, unrelated companies).</summary>
    OutOfScope,

    /// <summary>Prompt injection, requests for investment advice, abuse.</summary>
    Refused,
}
