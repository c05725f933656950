using System.Text.Json.Serialization;
using DealBot.Core.Facts;
using DealBot.Knowledge.Storage;

namespace DealBot.Knowledge.Facts;

/// <summary>
/// The facts.yaml and glossary.yaml that were validated with each published index, kept in the data directory. The
/// answer engine reads the facts of the live index from here, never from the knowledge directory itself: an edit of
/// facts.yaml is served only once a refresh has checked it and published it, and a rollback brings back the facts that
/// went with the index it makes live. <c>LIVE</c> names the version being served. Each version's file carries a
/// SHA-256 of its content (<see cref="ChecksummedJson"/>): one edited on disk, torn or unreadable is never served, and
/// <see cref="ReadServedAsync"/> falls back to the newest intact version published before it. Beside the texts, the file
/// keeps the fact sheet they parse to, so a process answering its first question reads JSON instead of parsing YAML;
/// the sheet is used only when the code that parsed it is the code running (<see cref="ParserStamp"/>), else the texts
/// are parsed again.
/// </summary>
public sealed class PublishedFactSheets
{
    private const string LiveFileName = "LIVE";
    private const int Kept = 4;

    private readonly string _directory;

    public PublishedFactSheets(KnowledgePaths paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _directory = Path.Combine(paths.DataDirectory, "facts");
    }

    /// <summary>
    /// The version being served, read afresh each time (a few bytes): another process's publish or rollback is seen at
    /// once, even when it lands within the file system's timestamp resolution of the one before. Null when none is.
    /// </summary>
    public string? LiveVersion()
    {
        try
        {
            var version = File.ReadAllText(Path.Combine(_directory, LiveFileName)).Trim();
            return IsSafe(version) ? version : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>True when the texts validated with <paramref name="version"/> are kept (intact or not).</summary>
    public bool Has(string? version) => version is not null && IsSafe(version) && File.Exists(FileOf(version));

    /// <summary>
    /// True when the texts validated with <paramref name="version"/> are kept and intact; a refresh publishes again
    /// when they are not, so a damaged file is replaced even if nothing in the knowledge directory changed.
    /// </summary>
    public async Task<bool> IsIntactAsync(string? version, CancellationToken cancellationToken = default)
    {
        try
        {
            return Has(version) && await ReadAsync(version!, cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (Exception ex) when (ex is DamagedFileException or FactSheetException)
        {
            return false;
        }
    }

    /// <summary>Keeps the texts validated with the index <paramref name="version"/>, before that index is published.</summary>
    public async Task SaveAsync(string version, FactSheetSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Directory.CreateDirectory(_directory);
        var texts = new PublishedTexts(source.FactsText, source.GlossaryText) { Sheet = source.Sheet, Parser = ParserStamp };
        await ChecksummedJson.WriteAsync(FileOf(version), texts, PublishedFactsJsonContext.Default.PublishedTexts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Serves the texts kept for <paramref name="version"/> from now on; false when none are kept.</summary>
    public async Task<bool> MakeLiveAsync(string version, CancellationToken cancellationToken = default)
    {
        if (!Has(version))
        {
            return false;
        }

        var live = Path.Combine(_directory, LiveFileName);
        await File.WriteAllTextAsync(live + ".tmp", version, cancellationToken).ConfigureAwait(false);
        File.Move(live + ".tmp", live, overwrite: true);
        RemoveOld(version);
        return true;
    }

    /// <summary>
    /// The texts to serve for the live <paramref name="version"/>: its own when they are intact, else those of the
    /// newest intact version published before it (never a later one: a rollback chose to leave those). The result
    /// names each version passed over and why, for one log line; its source is null when no kept version is intact.
    /// </summary>
    public async Task<PublishedFactsRead> ReadServedAsync(string version, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        foreach (var candidate in CandidatesFor(version))
        {
            try
            {
                if (await ReadAsync(candidate, cancellationToken).ConfigureAwait(false) is { } source)
                {
                    return new PublishedFactsRead(source, candidate, problems);
                }

                problems.Add($"{candidate}.json: missing");
            }
            catch (DamagedFileException ex)
            {
                problems.Add($"{candidate}.json: {ex.Reason}");
            }
            catch (FactSheetException ex)
            {
                problems.Add($"{candidate}.json: {ex.Message}");
            }
        }

        return new PublishedFactsRead(null, null, problems);
    }

    /// <summary>The texts kept for <paramref name="version"/>; null when there are none.</summary>
    /// <exception cref="DamagedFileException">The file is not as it was written (checksum, format) or cannot be read.</exception>
    /// <exception cref="FactSheetException">The kept texts no longer parse.</exception>
    internal async Task<FactSheetSource?> ReadAsync(string version, CancellationToken cancellationToken = default)
    {
        if (!IsSafe(version))
        {
            return null;
        }

        var texts = await ChecksummedJson.ReadAsync(FileOf(version), PublishedFactsJsonContext.Default.PublishedTexts, cancellationToken).ConfigureAwait(false);
        if (texts is null)
        {
            return null;
        }

        if (texts.Sheet is { } parsed && string.Equals(texts.Parser, ParserStamp, StringComparison.Ordinal))
        {
            return new FactSheetSource(parsed, texts.Facts, texts.Glossary);
        }

        var source = new FactSheetSource(FactSheetLoader.Parse(texts.Facts, texts.Glossary), texts.Facts, texts.Glossary);
        await TryKeepSheetAsync(version, source, cancellationToken).ConfigureAwait(false);
        return source;
    }

    // A file kept before sheets were (or by other code) gets this code's sheet, so only the first process after an
    // upgrade parses the texts. Best effort: a read-only data directory, or another process writing it, leaves it as is.
    private async Task TryKeepSheetAsync(string version, FactSheetSource source, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAsync(version, source, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Parsed again next time.
        }
    }

    /// <summary>
    /// Names the code that turns the texts into a <see cref="FactSheet"/> and the sheet's shape: the builds of this
    /// assembly (the loader, the mapper) and of DealBot.Core (the records). Deterministic builds give each a new
    /// module version id exactly when its code changes, so a sheet kept by other code is parsed again from the texts.
    /// </summary>
    internal static string ParserStamp { get; } =
        $"{typeof(FactSheetLoader).Assembly.ManifestModule.ModuleVersionId:N}/{typeof(FactSheet).Assembly.ManifestModule.ModuleVersionId:N}";

    // The live version first, then the ones kept from before it, newest first (versions are UTC timestamps).
    private IEnumerable<string> CandidatesFor(string live)
    {
        List<string> older;
        try
        {
            older = [.. Directory.EnumerateFiles(_directory, "*.json")
                .Select(f => Path.GetFileNameWithoutExtension(f))
                .Where(v => IsSafe(v) && string.CompareOrdinal(v, live) < 0)
                .OrderDescending(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            older = [];
        }

        return older.Prepend(live);
    }

    private string FileOf(string version) =>
        IsSafe(version) ? Path.Combine(_directory, version + ".json") : throw new ArgumentException($"not a usable index version: '{version}'", nameof(version));

    // Versions come from the store (a timestamp); anything else must never become a path.
    private static bool IsSafe(string version) =>
        version.Length is > 0 and <= 100 && version.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !version.StartsWith('.');

    // The live version, the one a rollback returns to, and a couple more in case a store keeps more generations.
    private void RemoveOld(string live)
    {
        var old = Directory.EnumerateFiles(_directory, "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Where(v => !string.Equals(v, live, StringComparison.Ordinal))
            .OrderDescending(StringComparer.Ordinal)
            .Skip(Kept - 1);
        foreach (var version in old)
        {
            try
            {
                File.Delete(FileOf(version));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Left for the next publish to remove.
            }
        }
    }
}

/// <summary>What <see cref="PublishedFactSheets.ReadServedAsync"/> found.</summary>
/// <param name="Source">The texts to serve; null when no kept version is intact.</param>
/// <param name="Version">The version they were published with; the live one unless it had to fall back.</param>
/// <param name="Problems">Each version passed over, and why ("….json: checksum mismatch …").</param>
public sealed record PublishedFactsRead(FactSheetSource? Source, string? Version, IReadOnlyList<string> Problems);

/// <summary>The texts kept for one published version, with the sheet they parsed to and the code that parsed it.</summary>
internal sealed record PublishedTexts(string? Facts, string? Glossary)
{
    public FactSheet? Sheet { get; init; }

    public string? Parser { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PublishedTexts))]
internal sealed partial class PublishedFactsJsonContext : JsonSerializerContext
{
}
