using DealBot.Core.Retrieval;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Embedded;

/// <summary>
/// The in-process passage store, persisted under the data directory. A publish writes the new generation to its own
/// file, then swaps the pointer file and the in-memory index; readers keep the generation they started with, so they
/// never see a partial index. Another process's publish (a moderator running <c>ingest</c> while the bot runs) is
/// noticed within a couple of seconds through the pointer file.
/// </summary>
public sealed partial class EmbeddedPassageStore : IPassageStore, IDisposable
{
    private static readonly TimeSpan PointerCheckInterval = TimeSpan.FromSeconds(2);

    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly ILogger<EmbeddedPassageStore> _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SemaphoreSlim _loadLock = new(1, 1);
    private volatile Live? _live;
    private long _nextPointerCheck;

    public EmbeddedPassageStore(KnowledgePaths paths, TimeProvider time, ILogger<EmbeddedPassageStore> logger)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _directory = paths.IndexDirectory;
        _time = time;
        _logger = logger;
    }

    public async Task PublishAsync(IndexBuild build, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(_directory);
            var index = new EmbeddedIndex(build.Version, build.Passages, build.DenseDimensions);
            var file = Path.Combine(_directory, GenerationPointer.FileOf(build.Version));
            var temp = file + ".tmp";
            File.Delete(temp);
            await EmbeddedIndexFile.WriteAsync(temp, build, cancellationToken).ConfigureAwait(false);
            File.Move(temp, file, overwrite: true);

            var pointer = await GenerationPointer.ReadAsync(_directory, cancellationToken).ConfigureAwait(false);
            var next = new GenerationPointer(build.Version, pointer?.Current);
            await next.WriteAsync(_directory, cancellationToken).ConfigureAwait(false);
            _live = new Live(index, next, PointerStamp());
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
        return live is null
            ? new StoreStatus("embedded", false, null, 0, null, $"no index yet in {_directory}: run `ingest`")
            : new StoreStatus("embedded", true, live.Index.Version, live.Index.Passages.Count, live.Pointer.Previous, _directory);
    }

    public async Task<bool> RollbackAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var pointer = await GenerationPointer.ReadAsync(_directory, cancellationToken).ConfigureAwait(false);
            if (pointer?.Previous is not { } previous || !File.Exists(Path.Combine(_directory, GenerationPointer.FileOf(previous))))
            {
                return false;
            }

            var build = await EmbeddedIndexFile.ReadAsync(Path.Combine(_directory, GenerationPointer.FileOf(previous)), cancellationToken).ConfigureAwait(false);
            var next = new GenerationPointer(previous, null);
            await next.WriteAsync(_directory, cancellationToken).ConfigureAwait(false);
            _live = new Live(new EmbeddedIndex(build.Version, build.Passages, build.DenseDimensions), next, PointerStamp());
            LogRolledBack(pointer.Current, previous);
            return true;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Loads the live generation now (a host calls this at start, so the first question does not wait).</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken = default) => GetLiveAsync(cancellationToken);

    public void Dispose()
    {
        _writeLock.Dispose();
        _loadLock.Dispose();
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
        if (live is not null && live.Stamp == PointerStamp())
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
        if (_live is { } current && current.Stamp == stamp)
        {
            return current;
        }

        var pointer = await GenerationPointer.ReadAsync(_directory, cancellationToken).ConfigureAwait(false);
        if (pointer is null)
        {
            return _live;
        }

        try
        {
            var build = await EmbeddedIndexFile.ReadAsync(Path.Combine(_directory, GenerationPointer.FileOf(pointer.Current)), cancellationToken).ConfigureAwait(false);
            var live = new Live(new EmbeddedIndex(build.Version, build.Passages, build.DenseDimensions), pointer, stamp);
            _live = live;
            LogLoaded(build.Version, build.Passages.Count);
            return live;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or EndOfStreamException)
        {
            // Keep answering from what is loaded; a broken generation file is a moderator's problem, not the user's.
            LogLoadFailed(ex, pointer.Current);
            return _live;
        }
    }

    private DateTime PointerStamp()
    {
        var path = Path.Combine(_directory, GenerationPointer.FileName);
        return File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
    }

    private void RemoveOldGenerations(GenerationPointer pointer)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal) { GenerationPointer.FileOf(pointer.Current) };
        if (pointer.Previous is not null)
        {
            keep.Add(GenerationPointer.FileOf(pointer.Previous));
        }

        foreach (var file in Directory.EnumerateFiles(_directory, "gen-*.bin*"))
        {
            if (!keep.Contains(Path.GetFileName(file)))
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Another process may still be reading it; the next publish tries again.
                }
            }
        }
    }

    private sealed record Live(EmbeddedIndex Index, GenerationPointer Pointer, DateTime Stamp);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Published index {Version} with {Count} passages")]
    private partial void LogPublished(string version, int count);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Loaded index {Version} with {Count} passages")]
    private partial void LogLoaded(string version, int count);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Could not load index generation {Version}; still serving the previous one")]
    private partial void LogLoadFailed(Exception exception, string version);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Rolled back from index {From} to {To}")]
    private partial void LogRolledBack(string from, string to);
}
