namespace DealBot.Core.Ingestion;

/// <summary>
/// The data directory (index, embedding cache, refresh state) cannot be written: read-only, or not ours. Nothing was
/// changed, and whatever index was live still answers; the faces say so in one line (exit code 2 on the CLI).
/// </summary>
public sealed class DataDirectoryNotWritableException : Exception
{
    public DataDirectoryNotWritableException()
    {
    }

    public DataDirectoryNotWritableException(string message)
        : base(message)
    {
    }

    public DataDirectoryNotWritableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DataDirectoryNotWritableException(string directory, string reason, Exception innerException)
        : base($"data directory is not writable: {directory} ({reason})", innerException)
    {
        Directory = directory;
    }

    /// <summary>The directory that could not be written.</summary>
    public string? Directory { get; }
}
