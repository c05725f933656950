namespace DealBot.Answering.Llm.Exchanges;

/// <summary>What is done with the model's exchanges.</summary>
public enum ExchangeMode
{
    /// <summary>A configured model answers, and each exchange is saved.</summary>
    Record,

    /// <summary>No model: each call is served from the saved exchanges.</summary>
    Replay,
}
