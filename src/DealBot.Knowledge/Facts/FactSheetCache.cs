using DealBot.Core.Facts;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Facts;

/// <summary>
/// The fact sheet of the knowledge directory, reloaded when facts.yaml or glossary.yaml change. A file that no longer
/// parses is reported once and the last good sheet keeps serving: a moderator's typo never takes the bot down.
/// </summary>
public sealed partial class FactSheetCache(KnowledgePaths paths, FactSheetLoader loader, ILogger<FactSheetCache> logger)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (DateTime Facts, DateTime Glossary) _stamp;
    private FactSheet? _sheet;

    /// <summary>The current sheet; <see cref="FactSheet.Empty"/> when the directory has none.</summary>
    public async Task<FactSheet> GetAsync(CancellationToken cancellationToken = default)
    {
        var stamp = Stamp();
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

            try
            {
                _sheet = await loader.LoadAsync(paths.SourceDirectory, cancellationToken).ConfigureAwait(false);
            }
            catch (FactSheetException ex)
            {
                LogInvalid(ex.Message);
                _sheet ??= FactSheet.Empty;
            }

            _stamp = stamp;
            return _sheet;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Loads the sheet strictly, for a refresh that must report a broken file.</summary>
    /// <exception cref="FactSheetException">A file is malformed.</exception>
    public Task<FactSheet> LoadStrictAsync(CancellationToken cancellationToken = default) =>
        loader.LoadAsync(paths.SourceDirectory, cancellationToken);

    private (DateTime, DateTime) Stamp() =>
        (WriteTime(Path.Combine(paths.SourceDirectory, FactSheetLoader.FactsFileName)),
         WriteTime(Path.Combine(paths.SourceDirectory, FactSheetLoader.GlossaryFileName)));

    private static DateTime WriteTime(string path) => File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "The knowledge directory's facts could not be loaded, keeping the last good ones: {Problem}")]
    private partial void LogInvalid(string problem);
}
