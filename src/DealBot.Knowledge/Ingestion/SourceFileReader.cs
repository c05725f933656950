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

        using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        using var buffer = new MemoryStream((int)info.Length);
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new DocumentLoadException(FailureReason.TooLarge(max));
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
