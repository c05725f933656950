using System.Text.Json;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// The small file naming the live generation and the one kept for rollback. It is replaced by writing a new file and
/// renaming it over the old one: a rename is atomic, so a crash at any point leaves a pointer to a complete generation.
/// </summary>
internal sealed record GenerationPointer(string Current, string? Previous)
{
    public const string FileName = "CURRENT";

    public static async Task<GenerationPointer?> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync(stream, EmbeddedJsonContext.Default.GenerationPointer, cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, FileName);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(stream, this, EmbeddedJsonContext.Default.GenerationPointer, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static string FileOf(string version) => $"gen-{version}.bin";
}
