namespace DealBot.Core.Retrieval;

/// <summary>The passage store cannot be reached right now; callers tell the user to try again shortly.</summary>
public sealed class KnowledgeStoreUnavailableException : Exception
{
    public KnowledgeStoreUnavailableException()
    {
    }

    public KnowledgeStoreUnavailableException(string message)
        : base(message)
    {
    }

    public KnowledgeStoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
