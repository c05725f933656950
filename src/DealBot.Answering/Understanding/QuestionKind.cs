namespace DealBot.Answering.Understanding;

/// <summary>What kind of message a question is, before anything is looked up.</summary>
public enum QuestionKind
{
    /// <summary>A question to answer from the sources.</summary>
    Question,

    /// <summary>An attempt to change the rules: ignore instructions, reveal the prompt, announce invented facts.</summary>
    Injection,

    /// <summary>A request for investment advice (buy, sell, hold); the bot declines and offers the facts.</summary>
    InvestmentAdvice,

    /// <summary>A task the bot does not do (poems, jokes, code, weather); out of scope whatever it mentions.</summary>
    OffTask,

    /// <summary>A question about now (live prices) that sources from the reporting date cannot answer.</summary>
    Live,

    /// <summary>Small talk: a greeting, thanks, a laugh, "who are you", "help".</summary>
    ChitChat,
}
