using DealBot.Core.Facts;
using DealBot.Knowledge.Ingestion;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Facts;

/// <summary>
/// The fact sheet of the live index: the facts.yaml and glossary.yaml a refresh validated and published with it
/// (<see cref="PublishedFactSheets"/>), reloaded when another version goes live. Editing the files in the knowledge
/// directory changes nothing until a refresh has checked them, so a moderator's typo or an unsupported quote is never
/// served; an edit of the published copy in the data directory fails its checksum and is not served either. A data directory without published facts (an index built before they were kept) is served the knowledge
/// directory's files, less every entry that fails validation against the indexed articles.
/// </summary>
public sealed partial class FactSheetCache(KnowledgePaths paths, FactSheetLoader loader, PublishedFactSheets published, ILogger<FactSheetCache> logger)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Stamp? _stamp;
    private FactSheet? _sheet;

    /// <summary>The current sheet; <see cref="FactSheet.Empty"/> when there is none.</summary>
    public async Task<FactSheet> GetAsync(CancellationToken cancellationToken = default)
    {
        var stamp = CurrentStamp();
        if (_sheet is { } cached && stamp == _stamp)
        {
            return cached;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_sheet is { } again && stamp == _stamp)
            {
                return again;
            }

            _sheet = await LoadAsync(stamp, cancellationToken).ConfigureAwait(false);
            _stamp = stamp;
            return _sheet;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<FactSheet> LoadAsync(Stamp stamp, CancellationToken cancellationToken)
    {
        if (stamp.Live is { } version)
        {
            // Read once per version that goes live, so a damaged file is reported once, not on every question.
            var read = await published.ReadServedAsync(version, cancellationToken).ConfigureAwait(false);
            if (read.Source is { } served)
            {
                if (read.Problems.Count > 0)
                {
                    LogPublishedFellBack(version, read.Version!, string.Join("; ", read.Problems));
                }

                return served.Sheet;
            }

            LogPublishedUnreadable(version, string.Join("; ", read.Problems));
            if (_sheet is { } current)
            {
                return current;
            }
        }

        return await LoadUnpublishedAsync(cancellationToken).ConfigureAwait(false);
    }

    // No published facts yet: serve what of the folder's files validates against the articles of the live index.
    private async Task<FactSheet> LoadUnpublishedAsync(CancellationToken cancellationToken)
    {
        FactSheet sheet;
        try
        {
            sheet = await loader.LoadAsync(paths.SourceDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (FactSheetException ex)
        {
            LogUnpublishedInvalid(ex.Message);
            return _sheet ?? FactSheet.Empty;
        }

        var state = await RefreshState.LoadAsync(paths.StateFile, logger, cancellationToken).ConfigureAwait(false);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in state.Files.Values.Select(f => f.LastGood).OfType<Core.Documents.SourceDocument>())
        {
            bodies.TryAdd(document.SourceId, document.Text);
        }

        var problems = new FactSheetValidator().Validate(sheet, bodies);
        if (problems.Count > 0)
        {
            LogUnpublishedFiltered(problems.Count, problems[0].ToString());
        }

        return FactSheetFilter.Without(sheet, problems);
    }

    private Stamp CurrentStamp() => published.LiveVersion() is { } live
        ? new Stamp(live, default, default, default)
        : new Stamp(null, WriteTime(paths.StateFile), WriteTime(Path.Combine(paths.SourceDirectory, FactSheetLoader.FactsFileName)), WriteTime(Path.Combine(paths.SourceDirectory, FactSheetLoader.GlossaryFileName)));

    private static DateTime WriteTime(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;

    private sealed record Stamp(string? Live, DateTime State, DateTime Facts, DateTime Glossary);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "The knowledge directory's facts could not be loaded and none were published yet; serving {Fallback}: {Problem}")]
    private partial void LogUnpublishedInvalidCore(string fallback, string problem);

    private void LogUnpublishedInvalid(string problem) => LogUnpublishedInvalidCore(_sheet is null ? "no facts" : "the facts loaded before", problem);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "No intact facts are kept for the live index {Version} ({Problems}); serving the facts loaded before, else the knowledge directory's checked entries. A refresh publishes them again.")]
    private partial void LogPublishedUnreadable(string version, string problems);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "The facts published with the live index {Version} cannot be trusted ({Problems}); serving those published with {Served}. A refresh publishes them again.")]
    private partial void LogPublishedFellBack(string version, string served, string problems);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "No facts were published with the live index yet; {Count} entries of the knowledge directory's facts fail validation and are not served (first: {First}). A refresh publishes checked facts.")]
    private partial void LogUnpublishedFiltered(int count, string first);
}
