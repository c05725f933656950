using System.Text.Json;
using System.Text.Json.Serialization;

namespace DealBot.Knowledge.Facts;

/// <summary>
/// The facts.yaml and glossary.yaml that were validated with each published index, kept in the data directory. The
/// answer engine reads the facts of the live index from here, never from the knowledge directory itself: an edit of
/// facts.yaml is served only once a refresh has checked it and published it, and a rollback brings back the facts that
/// went with the index it makes live. <c>LIVE</c> names the version being served.
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

    /// <summary>True when the texts validated with <paramref name="version"/> are kept.</summary>
    public bool Has(string? version) => version is not null && IsSafe(version) && File.Exists(FileOf(version));

    /// <summary>Keeps the texts validated with the index <paramref name="version"/>, before that index is published.</summary>
    public async Task SaveAsync(string version, FactSheetSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        Directory.CreateDirectory(_directory);
        var file = FileOf(version);
        var temp = file + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(stream, new PublishedTexts(source.FactsText, source.GlossaryText), PublishedFactsJsonContext.Default.PublishedTexts, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, file, overwrite: true);
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

    /// <summary>The texts kept for <paramref name="version"/>; null when there are none, or the file is damaged.</summary>
    /// <exception cref="FactSheetException">The kept texts no longer parse.</exception>
    public async Task<FactSheetSource?> ReadAsync(string version, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!Has(version))
            {
                return null;
            }

            using var stream = File.OpenRead(FileOf(version));
            var texts = await JsonSerializer.DeserializeAsync(stream, PublishedFactsJsonContext.Default.PublishedTexts, cancellationToken).ConfigureAwait(false);
            return texts is null ? null : new FactSheetSource(FactSheetLoader.Parse(texts.Facts, texts.Glossary), texts.Facts, texts.Glossary);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
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

/// <summary>The texts kept for one published version.</summary>
internal sealed record PublishedTexts(string? Facts, string? Glossary);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(PublishedTexts))]
internal sealed partial class PublishedFactsJsonContext : JsonSerializerContext
{
}
