using DealBot.Knowledge.Storage;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// An exclusive lock file in the data directory, so a moderator's `ingest` and the bot's `/kb refresh` never run at
/// once. The operating system releases it when the process dies, so a crash never leaves it stuck.
/// </summary>
internal sealed class RefreshLock : IDisposable
{
    private readonly FileStream _stream;

    private RefreshLock(FileStream stream) => _stream = stream;

    /// <summary>The lock, or null when another process holds it.</summary>
    /// <exception cref="Core.Ingestion.DataDirectoryNotWritableException">
    /// The data directory cannot be written: told apart from a held lock first, since both fail to open the file.
    /// </exception>
    public static RefreshLock? TryAcquire(string dataDirectory, string path)
    {
        DataDirectoryAccess.EnsureWritable(dataDirectory);
        try
        {
            return new RefreshLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
