namespace DealBot.Answering.Llm.Exchanges;

/// <summary>
/// A replayed question needs a model exchange that was not recorded, or that was recorded for another request. Never
/// swallowed by the answerer's fallback: a replay that silently answered offline would pass for a green run.
/// </summary>
public sealed class ModelReplayException : Exception
{
    public ModelReplayException()
    {
    }

    public ModelReplayException(string message)
        : base(message)
    {
    }

    public ModelReplayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
