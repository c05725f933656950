namespace DealBot.Core.Ingestion;

/// <summary>
/// A new index generation could not be written (the disk is full, an I/O error): it was not published, and the
/// previous generation still answers. The message is one line that says both.
/// </summary>
public sealed class IndexWriteException : Exception
{
    public IndexWriteException()
    {
    }

    public IndexWriteException(string message)
        : base(message)
    {
    }

    public IndexWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
