using DealBot.Core.Documents;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Ingestion;
using DealBot.Knowledge.Storage;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// The in-process passage store, persisted under the data directory. A publish writes the new generation to its own
/// file, then swaps the pointer file and the in-memory index; readers keep the generation they started with, so they
/// never see a partial index. Another process's publish (a moderator running <c>ingest</c> while the bot runs) is
/// noticed within a couple of seconds through the pointer file. Every file is checksummed: a damaged generation or
/// pointer is never served; the store falls back to an intact generation (<see cref="GenerationLoader"/>), says so in
/// one log line, and the next publish repairs the directory.
/// </summary>
public sealed partial class EmbeddedPassageStore : IPassageStore, ILivePassages, IDisposable
{
    private static readonly TimeSpan PointerCheckInterval = TimeSpan.FromSeconds(2);

    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly ILogger<EmbeddedPassageStore> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile Live? _live;
    private volatile Failed? _failed;
    private long _nextPointerCheck;

    public EmbeddedPassageStore(KnowledgePaths paths, TimeProvider time, ILogger<EmbeddedPassageStore> logger)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _directory = paths.IndexDirectory;
        _time = time;
        _logger = logger;
    }

    /// <exception cref="Core.Ingestion.DataDirectoryNotWritableException">The index directory cannot be written; nothing changed.</exception>
    /// <exception cref="Core.Ingestion.IndexWriteException">The generation could not be written (a full disk); the previous one still answers.</exception>
    public async Task PublishAsync(IndexBuild build, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (!GenerationPointer.IsVersion(build.Version))
        {
            throw new ArgumentException($"'{build.Version}' cannot name a generation file", nameof(build));
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var index = EmbeddedIndex.Of(build);
            var serving = await GetLiveAsync(cancellationToken).ConfigureAwait(false);
            await WriteGenerationAsync(build, cancellationToken).ConfigureAwait(false);

            // The generation served until now is the one to roll back to (the pointer may be damaged, or name a broken file).
            var previous = serving?.Index.Version is { } version && version != build.Version ? version : null;
            var next = new GenerationPointer(build.Version, previous);
            await WritePointerAsync(next, "the index pointer", cancellationToken).ConfigureAwait(false);
            _live = new Live(index, next, PointerStamp());
            _failed = null;
            RemoveOldGenerations(next);
            LogPublished(build.Version, build.Passages.Count);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<IReadOnlyList<ScoredPassage>> SearchAsync(HybridQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var live = await GetLiveAsync(cancellationToken).ConfigureAwait(false);
        return live is null ? [] : live.Index.Search(query, HybridQuery.RankConstant);
    }

    public async Task<StoreStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var live = await GetLiveAsync(cancellationToken).ConfigureAwait(false);
        if (live is not null)
        {
            return new StoreStatus("embedded", true, live.Index.Version, live.Index.Passages.Count, live.Pointer.Previous, _directory)
            {
                NeedsRepair = live.Damaged,
            };
        }

        var detail = _failed is { } failed
            ? $"no intact index in {_directory} ({failed.Problems}): run `ingest` to rebuild it"
            : $"no index yet in {_directory}: run `ingest`";
        return new StoreStatus("embedded", false, null, 0, null, detail);
    }

    public async Task<bool> RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            GenerationPointer? pointer;
            try
            {
                pointer = await GenerationPointer.ReadAsync(_directory, cancellationToken).ConfigureAwait(false);
            }
            catch (DamagedFileException)
            {
                // What is served says what can be rolled back to; after a fallback that is nothing.
                pointer = (await GetLiveAsync(cancellationToken).ConfigureAwait(false))?.Pointer;
            }

            if (pointer?.Previous is not { } previous)
            {
                return false;
            }

            EmbeddedIndex index;
            try
            {
                index = await EmbeddedIndexFile.LoadAsync(_directory, previous, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DamagedFileException or FileNotFoundException or DirectoryNotFoundException)
            {
                LogRollbackImpossible(previous, ex is DamagedFileException damaged ? damaged.Reason : "missing");
                return false;
            }

            var next = new GenerationPointer(previous, null);
            await WritePointerAsync(next, "the index pointer for the rollback", cancellationToken).ConfigureAwait(false);
            _live = new Live(index, next, PointerStamp());
            _failed = null;
            LogRolledBack(pointer.Current, previous);
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>The live generation's instance of a passage a refresh rebuilt unchanged (none loaded: the passage itself).</summary>
    Passage ILivePassages.Reuse(Passage built) => _live is { } live ? live.Index.Reuse(built) : built;

    /// <summary>The live generation's array of a vector equal to <paramref name="vector"/> bit for bit (none loaded: null).</summary>
    float[]? ILivePassages.ReuseVector(ReadOnlySpan<float> vector) => _live is { } live ? live.Index.ReuseVector(vector) : null;

    /// <summary>Loads the live generation now (a host calls this at start, so the first question does not wait).</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken = default) => GetLiveAsync(cancellationToken);

    public void Dispose()
    {
        _writeLock.Dispose();
        _loadLock.Dispose();
    }

    private async Task WriteGenerationAsync(IndexBuild build, CancellationToken cancellationToken)
    {
        var file = EmbeddedIndexFile.PathOf(_directory, build.Version);
        var temp = file + ".tmp";
        try
        {
            Directory.CreateDirectory(_directory);
            await EmbeddedIndexFile.WriteAsync(temp, build, cancellationToken).ConfigureAwait(false);
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception ex) when (DataDirectoryAccess.IsWriteFailure(ex))
        {
            TryDelete(temp);
            throw DataDirectoryAccess.WriteFailed(ex, _directory, $"index generation {build.Version}");
        }
    }

    private async Task WritePointerAsync(GenerationPointer pointer, string what, CancellationToken cancellationToken)
    {
        try
        {
            await pointer.WriteAsync(_directory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DataDirectoryAccess.IsWriteFailure(ex))
        {
            throw DataDirectoryAccess.WriteFailed(ex, _directory, what);
        }
    }

    private async Task<Live?> GetLiveAsync(CancellationToken cancellationToken)
    {
        var live = _live;
        var now = _time.GetTimestamp();
        if (live is not null && now < Interlocked.Read(ref _nextPointerCheck))
        {
            return live;
        }

        Interlocked.Exchange(ref _nextPointerCheck, now + (long)(PointerCheckInterval.TotalSeconds * _time.TimestampFrequency));
        var stamp = PointerStamp();
        if ((live is not null && live.Stamp == stamp) || (live is null && _failed?.Stamp == stamp))
        {
            return live;
        }

        await _loadLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await LoadAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _loadLock.Release();
        }
    }

    private async Task<Live?> LoadAsync(CancellationToken cancellationToken)
    {
        var stamp = PointerStamp();
        var current = _live;
        if ((current is not null && current.Stamp == stamp) || (current is null && _failed?.Stamp == stamp))
        {
            return current;
        }

        var load = await GenerationLoader.LoadAsync(_directory, cancellationToken).ConfigureAwait(false);
        var problems = string.Join("; ", load.Problems);
        if (load.Index is { } index)
        {
            var live = new Live(index, load.Pointer!, stamp, load.Problems.Count > 0);
            _live = live;
            _failed = null;
            if (load.Problems.Count > 0)
            {
                LogServingFallback(problems, index.Version);
            }
            else
            {
                LogLoaded(index.Version, index.Passages.Count);
            }

            return live;
        }

        if (current is not null)
        {
            // Keep answering from what is loaded until a generation that loads is published.
            _live = current with { Stamp = stamp, Damaged = true };
            LogKeptServing(problems, current.Index.Version);
            return current;
        }

        _failed = new Failed(stamp, problems);
        if (load.Problems.Count > 0)
        {
            LogNothingIntact(_directory, problems);
        }

        return null;
    }

    private DateTime PointerStamp()
    {
        try
        {
            var path = Path.Combine(_directory, GenerationPointer.FileName);
            return File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return DateTime.MinValue;
        }
    }

    private void RemoveOldGenerations(GenerationPointer pointer)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal) { EmbeddedIndexFile.FileOf(pointer.Current) };
        if (pointer.Previous is not null)
        {
            keep.Add(EmbeddedIndexFile.FileOf(pointer.Previous));
        }

        try
        {
            foreach (var file in Directory.EnumerateFiles(_directory, "gen-*.bin*"))
            {
                if (!keep.Contains(Path.GetFileName(file)))
                {
                    TryDelete(file);
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The new generation is live; old files only cost disk space until the next publish.
        }
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Another process may still be reading it; the next publish tries again.
        }
    }

    /// <summary>The generation served; <paramref name="Damaged"/> when it was reached past damaged files.</summary>
    private sealed record Live(EmbeddedIndex Index, GenerationPointer Pointer, DateTime Stamp, bool Damaged = false);

    /// <summary>A load that found nothing intact, remembered so it is reported once, not every couple of seconds.</summary>
    private sealed record Failed(DateTime Stamp, string Problems);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Published index {Version} with {Count} passages")]
    private partial void LogPublished(string version, int count);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Loaded index {Version} with {Count} passages")]
    private partial void LogLoaded(string version, int count);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Index damaged ({Problems}); still serving generation {Version} until the next ingest")]
    private partial void LogKeptServing(string problems, string version);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Rolled back from index {From} to {To}")]
    private partial void LogRolledBack(string from, string to);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Index damaged ({Problems}); serving generation {Version} instead until the next ingest")]
    private partial void LogServingFallback(string problems, string version);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "No intact index in {Directory} ({Problems}); it is rebuilt by the next ingest")]
    private partial void LogNothingIntact(string directory, string problems);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "Cannot roll back to index {Version}: its generation is {Reason}")]
    private partial void LogRollbackImpossible(string version, string reason);
}
