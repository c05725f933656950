namespace DealBot.Knowledge.Loading;

/// <summary>A file could not be loaded; the message is shown to moderators as the reason.</summary>
public sealed class DocumentLoadException : Exception
{
    public DocumentLoadException()
    {
    }

    public DocumentLoadException(string message)
        : base(message)
    {
    }

    public DocumentLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
