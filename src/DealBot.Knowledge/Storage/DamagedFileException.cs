namespace DealBot.Knowledge.Storage;

/// <summary>
/// A file of the data directory that cannot be trusted: empty, truncated, of another format, or edited since it was
/// written (checksum mismatch). Callers fall back to what else they have, or rebuild; the message is one line.
/// </summary>
internal sealed class DamagedFileException : Exception
{
    public DamagedFileException(string file, string reason, Exception? innerException = null)
        : base($"{file}: {reason}", innerException)
    {
        File = file;
        Reason = reason;
    }

    /// <summary>The file's name (not its path: messages stay short).</summary>
    public string File { get; }

    /// <summary>What is wrong with it, in a few words.</summary>
    public string Reason { get; }
}
