using DealBot.Knowledge.Loading;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Reads the bytes of one article file, refusing what a refresh must never read: a link that leads out of the knowledge
/// directory, a file larger than the limit (refused before it is opened, and again if it grows while read), and an
/// empty file (which is also how pipes and devices look, so nothing ever blocks on opening one).
/// </summary>
internal sealed class SourceFileReader(KnowledgePaths paths, IOptions<KnowledgeOptions> options)
{
    /// <exception cref="DocumentLoadException">The file is refused; the message says why.</exception>
    public async Task<byte[]> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var real = RealPath.Of(path);
        if (!RealPath.IsInside(real, RealPath.Of(paths.SourceDirectory)))
        {
            throw new DocumentLoadException("it is a link to a file outside the knowledge directory; only files inside the folder are read");
        }

        var info = new FileInfo(real);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path} does not exist", path);
        }

        var max = options.Value.MaxFileBytes;
        if (info.Length > max)
        {
            throw new DocumentLoadException(FailureReason.TooLarge(max));
        }

        if (info.Length == 0)
        {
            throw new DocumentLoadException("the file is empty");
        }

        // Read straight into an array of the size the file has, unless it changes while read: a refresh reads every
        // file of the folder to hash it, and a 64 KB chunk and a second copy of each were most of what it allocated.
        using var handle = File.OpenHandle(real, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var bytes = new byte[info.Length];
        var filled = 0;
        int read;
        while (filled < bytes.Length && (read = await RandomAccess.ReadAsync(handle, bytes.AsMemory(filled), filled, cancellationToken).ConfigureAwait(false)) > 0)
        {
            filled += read;
        }

        if (filled < bytes.Length)
        {
            // Shorter now than when it was looked at: what it holds now.
            return bytes[..filled];
        }

        var more = new byte[1];
        if (await RandomAccess.ReadAsync(handle, more, filled, cancellationToken).ConfigureAwait(false) == 0)
        {
            return bytes;
        }

        // Longer now: the rest too, within the limit.
        using var grown = new MemoryStream();
        grown.Write(bytes);
        grown.Write(more);
        var chunk = new byte[64 * 1024];
        long offset = grown.Length;
        while ((read = await RandomAccess.ReadAsync(handle, chunk, offset, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (grown.Length + read > max)
            {
                throw new DocumentLoadException(FailureReason.TooLarge(max));
            }

            grown.Write(chunk, 0, read);
            offset += read;
        }

        return grown.Length > max ? throw new DocumentLoadException(FailureReason.TooLarge(max)) : grown.ToArray();
    }
}
