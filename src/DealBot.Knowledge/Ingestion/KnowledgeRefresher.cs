using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Facts;
using DealBot.Knowledge.Loading;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Syncs the index with the knowledge directory, incrementally and safely: unchanged files are not re-read or
/// re-embedded; a changed file replaces its own passages; a removed file's passages go; a file that fails to load is
/// reported and keeps its last good version; the new index is built beside the live one and swapped in whole. One
/// refresh at a time, within this process and across processes sharing the data directory.
/// </summary>
public sealed partial class KnowledgeRefresher : IKnowledgeRefresher, IDisposable
{
    // Part of the fingerprint: bump when chunking or encoding changes, so existing indexes are rebuilt.
    private const string PipelineVersion = "1";

    private readonly KnowledgePaths _paths;
    private readonly DocumentReader _reader;
    private readonly PassageBuilder _builder;
    private readonly ITextEmbedder _embedder;
    private readonly FactSheetCache _facts;
    private readonly SparseEncoderProvider _encoders;
    private readonly IPassageStore _store;
    private readonly KnowledgeFileImporter _importer;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeRefresher> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    internal KnowledgeRefresher(
        KnowledgePaths paths,
        DocumentReader reader,
        PassageBuilder builder,
        ITextEmbedder embedder,
        FactSheetCache facts,
        SparseEncoderProvider encoders,
        IPassageStore store,
        KnowledgeFileImporter importer,
        TimeProvider time,
        ILogger<KnowledgeRefresher> logger)
    {
        _paths = paths;
        _reader = reader;
        _builder = builder;
        _embedder = embedder;
        _facts = facts;
        _encoders = encoders;
        _store = store;
        _importer = importer;
        _time = time;
        _logger = logger;
    }

    public bool IsRefreshing => _gate.CurrentCount == 0;

    public async Task<IngestReport> RefreshAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await _gate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return IngestReport.Busy;
        }

        try
        {
            using var processLock = RefreshLock.TryAcquire(_paths.DataDirectory, _paths.LockFile);
            if (processLock is null)
            {
                return IngestReport.Busy;
            }

            return await RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<bool> RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (!await _gate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            var rolledBack = await _store.RollbackAsync(cancellationToken).ConfigureAwait(false);
            if (rolledBack)
            {
                // The next refresh must rebuild: the live index no longer matches the recorded state.
                var state = await RefreshState.LoadAsync(_paths.StateFile, _logger, cancellationToken).ConfigureAwait(false);
                if (await (state with { Fingerprint = null }).TrySaveAsync(_paths.StateFile, cancellationToken).ConfigureAwait(false) is { } problem)
                {
                    // The rollback is live; only the shortcut is lost, and the live version differs from the state's anyway.
                    LogStateNotSaved(problem);
                }
            }

            return rolledBack;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<IngestReport> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var failures = new List<IngestFailure>();
        await _importer.ImportAsync(request, failures, cancellationToken).ConfigureAwait(false);

        var state = await RefreshState.LoadAsync(_paths.StateFile, _logger, cancellationToken).ConfigureAwait(false);
        var scan = await ScanAsync(state, failures, progress, cancellationToken).ConfigureAwait(false);
        var sheet = await LoadFactsAsync(failures, cancellationToken).ConfigureAwait(false);
        var fingerprint = Fingerprint(scan.Files, sheet);
        var status = await _store.GetStatusAsync(cancellationToken).ConfigureAwait(false);

        var published = false;
        var embedded = 0;
        var passageCount = (int)status.PassageCount;
        if (fingerprint != state.Fingerprint || !status.Ready || status.Version != state.IndexVersion || status.NeedsRepair)
        {
            var documents = scan.Files.Values.Select(f => f.LastGood).OfType<SourceDocument>().OrderBy(d => d.SourceId, StringComparer.Ordinal).ToList();
            var build = await BuildAsync(documents, sheet, progress, cancellationToken).ConfigureAwait(false);
            embedded = build.Embedded;
            progress?.Report(new IngestProgress("publish", 0, 1));
            await _store.PublishAsync(build.Index, cancellationToken).ConfigureAwait(false);
            progress?.Report(new IngestProgress("publish", 1, 1));
            state = new RefreshState(scan.Files, build.Index.Version, fingerprint);
            passageCount = build.Index.Passages.Count;
            published = true;
        }
        else
        {
            state = state with { Files = scan.Files };
        }

        var notSaved = await state.TrySaveAsync(_paths.StateFile, cancellationToken).ConfigureAwait(false);
        var report = new IngestReport(scan.Added, scan.Updated, scan.Unchanged, scan.Removed, failures, false, embedded, passageCount, _time.GetElapsedTime(started), published)
        {
            Warnings = notSaved is null ? [] : [StateNotSavedWarning(published, state.IndexVersion, notSaved)],
        };
        LogRefreshed(report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed.Count, embedded);
        return report;
    }

    private async Task<ScanResult> ScanAsync(RefreshState state, List<IngestFailure> failures, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var files = KnowledgeFiles.Enumerate(_paths.SourceDirectory);
        var next = new Dictionary<string, FileState>(StringComparer.Ordinal);
        var seenIds = new Dictionary<string, string>(StringComparer.Ordinal);
        int added = 0, updated = 0, unchanged = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var name = files[i];
            progress?.Report(new IngestProgress("load", i, files.Count, name));
            if (!_reader.IsSupported(name))
            {
                failures.Add(new IngestFailure(name, $"unsupported file type '{Path.GetExtension(name)}' (supported: {string.Join(", ", _reader.SupportedExtensions.Order())})"));
                continue;
            }

            var bytes = await File.ReadAllBytesAsync(Path.Combine(_paths.SourceDirectory, name), cancellationToken).ConfigureAwait(false);
            var hash = DocumentReader.HashOf(bytes);
            state.Files.TryGetValue(name, out var previous);
            if (previous is { LastGood: not null } && previous.Hash == hash)
            {
                next[name] = previous;
                unchanged++;
                seenIds[previous.LastGood.SourceId] = name;
                continue;
            }

            try
            {
                var document = _reader.Read(name, bytes);
                if (seenIds.TryGetValue(document.SourceId, out var other))
                {
                    throw new DocumentLoadException($"its id '{document.SourceId}' is already used by {other}");
                }

                seenIds[document.SourceId] = name;
                next[name] = new FileState(hash, document, null);
                if (previous?.LastGood is null)
                {
                    added++;
                }
                else
                {
                    updated++;
                }
            }
            catch (DocumentLoadException ex)
            {
                failures.Add(new IngestFailure(name, ex.Message));
                if (previous?.LastGood is { } lastGood && !seenIds.ContainsKey(lastGood.SourceId))
                {
                    // Keep serving the last good version; the hash is not updated, so the file is retried next time.
                    next[name] = previous with { LastError = ex.Message };
                    seenIds[lastGood.SourceId] = name;
                }
            }
        }

        progress?.Report(new IngestProgress("load", files.Count, files.Count));
        var removed = state.Files.Keys.Count(k => !files.Contains(k, StringComparer.Ordinal) && state.Files[k].LastGood is not null);
        return new ScanResult(next, added, updated, unchanged, removed);
    }

    private async Task<FactSheet> LoadFactsAsync(List<IngestFailure> failures, CancellationToken cancellationToken)
    {
        try
        {
            return await _facts.LoadStrictAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (FactSheetException ex)
        {
            failures.Add(new IngestFailure(ex.File, ex.Message));
            return await _facts.GetAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(IndexBuild Index, int Embedded)> BuildAsync(IReadOnlyList<SourceDocument> documents, FactSheet sheet, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        // Chinese entity names are embedded as their English names: the dense model reads only English (see GlossaryMatcher).
        var glossary = _encoders.MatcherFor(sheet);
        var drafts = documents.SelectMany(_builder.Build).Select(d => d with { EmbeddingInput = glossary.WithEnglishNames(d.EmbeddingInput) }).ToList();
        var cache = await EmbeddingCache.LoadAsync(_paths.EmbeddingCacheFile, _logger, cancellationToken).ConfigureAwait(false);
        var keys = drafts.Select(d => EmbeddingCache.KeyOf(_embedder.ModelId, d.EmbeddingInput)).ToList();
        var missing = Enumerable.Range(0, drafts.Count).Where(i => !cache.TryGet(keys[i], out _)).ToList();
        const int Batch = 16;
        for (var offset = 0; offset < missing.Count; offset += Batch)
        {
            progress?.Report(new IngestProgress("embed", offset, missing.Count));
            var batch = missing.Skip(offset).Take(Batch).ToList();
            var vectors = await _embedder.EmbedAsync(batch.Select(i => drafts[i].EmbeddingInput).ToList(), cancellationToken).ConfigureAwait(false);
            for (var k = 0; k < batch.Count; k++)
            {
                cache.Set(keys[batch[k]], vectors[k]);
            }
        }

        progress?.Report(new IngestProgress("embed", missing.Count, missing.Count));
        cache.Retain(keys.ToHashSet(StringComparer.Ordinal));
        await cache.SaveAsync(_paths.EmbeddingCacheFile, _logger, cancellationToken).ConfigureAwait(false);

        var sparse = _encoders.For(sheet).EncodeDocuments(drafts.Select(d => d.Passage.Text).ToList());
        var passages = drafts.Select((d, i) => new IndexedPassage(d.Passage, cache.TryGet(keys[i], out var v) ? v : throw new UnreachableException(), sparse[i])).ToList();
        var version = _time.GetUtcNow().ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
        return (new IndexBuild(version, passages, _embedder.Dimensions), missing.Count);
    }

    private string Fingerprint(Dictionary<string, FileState> files, FactSheet sheet)
    {
        var sb = new StringBuilder(PipelineVersion).Append('\n').Append(_embedder.ModelId).Append('\n');
        foreach (var (name, file) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            sb.Append(name).Append(' ').Append(file.LastGood?.ContentHash).Append('\n');
        }

        foreach (var entry in sheet.Glossary)
        {
            sb.Append(entry.Id).Append(':').AppendJoin('|', entry.English).Append('|').AppendJoin('|', entry.Chinese).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    // Said after the index went live: the refresh did its job, and only what makes the next one incremental is lost.
    private string StateNotSavedWarning(bool published, string? version, string problem)
    {
        LogStateNotSaved(problem);
        return published
            ? $"index {version} is live, but the refresh state could not be saved ({problem}); the next ingest checks every article again"
            : $"the refresh state could not be saved ({problem}); the next ingest checks every article again";
    }

    private sealed record ScanResult(Dictionary<string, FileState> Files, int Added, int Updated, int Unchanged, int Removed);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Refresh: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed; {Embedded} passages embedded")]
    private partial void LogRefreshed(int added, int updated, int unchanged, int removed, int failed, int embedded);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Refresh state not saved ({Problem}); the report says so")]
    private partial void LogStateNotSaved(string problem);
}
