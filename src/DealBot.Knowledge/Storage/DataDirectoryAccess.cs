using DealBot.Core.Ingestion;

namespace DealBot.Knowledge.Storage;

/// <summary>
/// Turns the ways a data directory refuses writes into the two outcomes users are told about: the directory is not
/// writable (read-only mount, permissions), or a write failed part-way (the disk is full), each in one line.
/// </summary>
internal static class DataDirectoryAccess
{
    /// <summary>Creates <paramref name="directory"/> if needed and proves a file can be created in it.</summary>
    /// <exception cref="DataDirectoryNotWritableException">It cannot be created or written.</exception>
    public static void EnsureWritable(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);

            // A real file, not the directory's mode bits: read-only mounts, ACLs and immutable flags all show here.
            using (new FileStream(Path.Combine(directory, $".write-check-{Guid.NewGuid():N}"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            throw new DataDirectoryNotWritableException(directory, Reason(ex), ex);
        }
    }

    /// <summary>The exception that says a write of <paramref name="what"/> failed, and that nothing was published.</summary>
    public static Exception WriteFailed(Exception ex, string directory, string what) => ex switch
    {
        UnauthorizedAccessException => new DataDirectoryNotWritableException(directory, Reason(ex), ex),
        _ => new IndexWriteException($"could not write {what} ({ex.Message}); the previous index still answers", ex),
    };

    // "Access to the path '/data/.write-check-…' is denied." names a file the user never made; say what it means.
    private static string Reason(Exception ex) => ex is UnauthorizedAccessException ? "permission denied" : ex.Message;

    /// <summary>True for the exceptions a file write fails with (permissions, read-only file system, full disk).</summary>
    public static bool IsWriteFailure(Exception ex) => ex is IOException or UnauthorizedAccessException;
}
