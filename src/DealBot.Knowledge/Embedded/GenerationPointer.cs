using DealBot.Knowledge.Storage;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// The small file naming the live generation and the one kept for rollback, checksummed (<see cref="ChecksummedJson"/>).
/// It is replaced by writing a new file and renaming it over the old one: a rename is atomic, so a crash at any point
/// leaves a pointer to a complete generation.
/// </summary>
internal sealed record GenerationPointer(string Current, string? Previous)
{
    public const string FileName = "CURRENT";

    /// <summary>Reads the pointer; null when there is none.</summary>
    /// <exception cref="DamagedFileException">It is empty, torn, edited, or names something that is not a generation.</exception>
    public static async Task<GenerationPointer?> ReadAsync(string directory, CancellationToken cancellationToken)
    {
        var pointer = await ChecksummedJson.ReadAsync(Path.Combine(directory, FileName), EmbeddedJsonContext.Default.GenerationPointer, cancellationToken).ConfigureAwait(false);
        if (pointer is not null && (!IsVersion(pointer.Current) || (pointer.Previous is not null && !IsVersion(pointer.Previous))))
        {
            throw new DamagedFileException(FileName, "does not name a generation");
        }

        return pointer;
    }

    public Task WriteAsync(string directory, CancellationToken cancellationToken) =>
        ChecksummedJson.WriteAsync(Path.Combine(directory, FileName), this, EmbeddedJsonContext.Default.GenerationPointer, cancellationToken);

    /// <summary>A version can name a file in the index directory: never a path, never empty.</summary>
    public static bool IsVersion(string? version) =>
        !string.IsNullOrWhiteSpace(version) && version.Length <= 128 && !version.Contains("..", StringComparison.Ordinal)
        && version.IndexOfAny(['/', '\\', '\0']) < 0 && version.IndexOfAny(Path.GetInvalidFileNameChars()) < 0;
}
