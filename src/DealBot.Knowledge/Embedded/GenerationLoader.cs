using DealBot.Knowledge.Storage;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// Finds the generation to serve: the one the pointer names; if it is damaged or gone, the one the pointer keeps for
/// rollback; if the pointer itself is damaged or gone, the newest intact generation in the directory. It never
/// writes: a reader must not race a refresh, and the next ingest repairs the pointer by publishing.
/// </summary>
internal static class GenerationLoader
{
    public static async Task<GenerationLoad> LoadAsync(string directory, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        GenerationPointer? pointer = null;
        try
        {
            pointer = await GenerationPointer.ReadAsync(directory, cancellationToken).ConfigureAwait(false);
        }
        catch (DamagedFileException ex)
        {
            problems.Add(ex.Message);
        }

        List<string?> candidates = pointer is not null ? [pointer.Current, pointer.Previous] : GenerationsNewestFirst(directory);
        if (pointer is null && problems.Count == 0 && candidates.Count > 0)
        {
            problems.Add($"{GenerationPointer.FileName}: missing");
        }

        foreach (var version in candidates.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            try
            {
                var index = await EmbeddedIndexFile.LoadAsync(directory, version, cancellationToken).ConfigureAwait(false);

                // Served as named, the pointer stands; served instead of it, there is nothing safe to roll back to.
                var serving = pointer is not null && version == pointer.Current ? pointer : new GenerationPointer(version, null);
                return new GenerationLoad(index, serving, problems);
            }
            catch (DamagedFileException ex)
            {
                problems.Add(ex.Message);
            }
            catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
            {
                problems.Add($"{EmbeddedIndexFile.FileOf(version)}: missing");
            }
        }

        return new GenerationLoad(null, null, problems);
    }

    /// <summary>The generations in <paramref name="directory"/>, newest version first (versions are UTC timestamps).</summary>
    public static List<string?> GenerationsNewestFirst(string directory)
    {
        try
        {
            return [.. Directory.EnumerateFiles(directory, "gen-*.bin")
                .Select(f => Path.GetFileName(f)[4..^4])
                .Where(GenerationPointer.IsVersion)
                .OrderDescending(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No directory yet, or one that cannot be listed: nothing to fall back to.
            return [];
        }
    }
}
