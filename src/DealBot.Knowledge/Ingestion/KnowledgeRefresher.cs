using System.Security.Cryptography;
using System.Text;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedding;
using DealBot.Knowledge.Facts;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Syncs the index with the knowledge directory: validate, then publish. Every file is read on its own, within the size
/// and time limits, and a file that fails is reported and keeps its last good version; article ids are made unique
/// across the whole folder; uploads wait in staging and enter the folder only once they pass; facts.yaml and
/// glossary.yaml are checked against the articles, and if they fail nothing is published. The new index is built
/// beside the live one and swapped in whole, with the facts it was checked with. Unchanged files are not re-read or
/// re-embedded. One refresh at a time, within this process and across processes sharing the data directory.
/// </summary>
public sealed partial class KnowledgeRefresher : IKnowledgeRefresher, IDisposable
{
    // Part of the fingerprint: bump when chunking or encoding changes, so existing indexes are rebuilt.
    private const string PipelineVersion = "2";

    private readonly KnowledgePaths _paths;
    private readonly UploadStaging _staging;
    private readonly FolderScanner _scanner;
    private readonly FactSheetGate _gate;
    private readonly IndexBuilder _builder;
    private readonly PublishedFactSheets _facts;
    private readonly ITextEmbedder _embedder;
    private readonly IPassageStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeRefresher> _logger;
    private readonly SemaphoreSlim _running = new(1, 1);

    internal KnowledgeRefresher(
        KnowledgePaths paths,
        UploadStaging staging,
        FolderScanner scanner,
        FactSheetGate gate,
        IndexBuilder builder,
        PublishedFactSheets facts,
        ITextEmbedder embedder,
        IPassageStore store,
        TimeProvider time,
        ILogger<KnowledgeRefresher> logger)
    {
        _paths = paths;
        _staging = staging;
        _scanner = scanner;
        _gate = gate;
        _builder = builder;
        _facts = facts;
        _embedder = embedder;
        _store = store;
        _time = time;
        _logger = logger;
    }

    public bool IsRefreshing => _running.CurrentCount == 0;

    public async Task<IngestReport> RefreshAsync(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!await _running.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return IngestReport.Busy;
        }

        try
        {
            Directory.CreateDirectory(_paths.DataDirectory);
            using var processLock = RefreshLock.TryAcquire(_paths.LockFile);
            if (processLock is null)
            {
                return IngestReport.Busy;
            }

            try
            {
                return await RunAsync(request, progress, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // Whatever is still staged was refused (or the refresh failed): it never enters the folder.
                _staging.Clear();
            }
        }
        finally
        {
            _running.Release();
        }
    }

    public async Task<bool> RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (!await _running.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            var rolledBack = await _store.RollbackAsync(cancellationToken).ConfigureAwait(false);
            if (rolledBack)
            {
                // The facts go back with their index; the next refresh must rebuild, as the live index no longer
                // matches the recorded state.
                var status = await _store.GetStatusAsync(cancellationToken).ConfigureAwait(false);
                if (status.Version is { } version)
                {
                    await _facts.MakeLiveAsync(version, cancellationToken).ConfigureAwait(false);
                }

                var state = await RefreshState.LoadAsync(_paths.StateFile, cancellationToken).ConfigureAwait(false);
                await (state with { Fingerprint = null }).SaveAsync(_paths.StateFile, cancellationToken).ConfigureAwait(false);
            }

            return rolledBack;
        }
        finally
        {
            _running.Release();
        }
    }

    public void Dispose() => _running.Dispose();

    private async Task<IngestReport> RunAsync(IngestRequest request, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var findings = new RefreshFindings();
        _staging.Clear();
        var staged = await _staging.StageAsync(request, findings, cancellationToken).ConfigureAwait(false);

        var state = await RefreshState.LoadAsync(_paths.StateFile, cancellationToken).ConfigureAwait(false);
        var scan = await _scanner.ScanAsync(state, staged, findings, progress, cancellationToken).ConfigureAwait(false);
        var entries = ArticleIdResolver.Resolve(scan.Entries, findings);
        var check = await _gate.CheckAsync(entries, findings, cancellationToken).ConfigureAwait(false);
        var status = await _store.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        if (check.Source is not { } source)
        {
            return Blocked(check.Blocked!, staged, state, status, findings, started);
        }

        entries = check.Entries;
        Commit(entries);

        var published = false;
        var embedded = 0;
        var passageCount = (int)status.PassageCount;
        var fingerprint = Fingerprint(entries, source);
        if (fingerprint != state.Fingerprint || !status.Ready || status.Version != state.IndexVersion || !_facts.Has(state.IndexVersion))
        {
            var build = await _builder.BuildAsync(entries, source.Sheet, findings, progress, cancellationToken).ConfigureAwait(false);
            entries = [.. build.Articles];
            embedded = build.Embedded;
            progress?.Report(new IngestProgress("publish", 0, 1));
            await _facts.SaveAsync(build.Index.Version, source, cancellationToken).ConfigureAwait(false);
            await _store.PublishAsync(build.Index, cancellationToken).ConfigureAwait(false);
            await _facts.MakeLiveAsync(build.Index.Version, cancellationToken).ConfigureAwait(false);
            progress?.Report(new IngestProgress("publish", 1, 1));
            state = new RefreshState(StateOf(entries), build.Index.Version, Fingerprint(entries, source));
            passageCount = build.Index.Passages.Count;
            published = true;
        }
        else
        {
            state = state with { Files = StateOf(entries) };
        }

        await state.SaveAsync(_paths.StateFile, cancellationToken).ConfigureAwait(false);
        var report = new IngestReport(
            entries.Count(e => e.Change == ArticleChange.Added),
            entries.Count(e => e.Change == ArticleChange.Updated),
            entries.Count(e => e.Change == ArticleChange.Unchanged),
            scan.Removed,
            findings.Failed,
            false,
            embedded,
            passageCount,
            _time.GetElapsedTime(started),
            published)
        {
            Warnings = findings.Warnings,
        };
        foreach (var failure in findings.Failed)
        {
            LogFileRefused(failure.File, failure.Reason);
        }

        LogRefreshed(report.Added, report.Updated, report.Unchanged, report.Removed, report.Failed.Count, embedded);
        return report;
    }

    // Facts or glossary failed: nothing is published, the uploads are not added, and the state stays as published.
    private IngestReport Blocked(string reason, IReadOnlyList<StagedFile> staged, RefreshState state, StoreStatus status, RefreshFindings findings, long started)
    {
        foreach (var upload in staged.Where(s => !findings.HasFailed(s.GivenName)))
        {
            findings.Fail(upload.GivenName, $"not added: nothing was published, because {reason}");
        }

        foreach (var failure in findings.Failed)
        {
            LogFileRefused(failure.File, failure.Reason);
        }

        LogBlocked(reason);
        return new IngestReport(0, 0, state.Files.Values.Count(f => f.LastGood is not null), 0, findings.Failed, false, 0, (int)status.PassageCount, _time.GetElapsedTime(started), false)
        {
            Warnings = findings.Warnings,
            Blocked = reason,
        };
    }

    // Uploads that passed enter the folder; the rest are removed with the staging folder.
    private void Commit(IEnumerable<ArticleEntry> entries)
    {
        foreach (var entry in entries.Where(e => e.Staged is not null && e.Change != ArticleChange.KeptLastGood))
        {
            _staging.Commit(entry.Staged!);
        }
    }

    private static Dictionary<string, FileState> StateOf(IEnumerable<ArticleEntry> entries) =>
        entries.ToDictionary(e => e.Name, e => e.ToState(), StringComparer.Ordinal);

    private string Fingerprint(IEnumerable<ArticleEntry> entries, FactSheetSource source)
    {
        var sb = new StringBuilder(PipelineVersion).Append('\n').Append(_embedder.ModelId).Append('\n').Append(source.Hash).Append('\n');
        foreach (var entry in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            sb.Append(entry.Name).Append(' ').Append(entry.Document.ContentHash).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [LoggerMessage(EventId = 2201, Level = LogLevel.Information, Message = "Refresh: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Failed} failed; {Embedded} passages embedded")]
    private partial void LogRefreshed(int added, int updated, int unchanged, int removed, int failed, int embedded);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Information, Message = "Refresh skipped {File}: {Reason}")]
    private partial void LogFileRefused(string file, string reason);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Information, Message = "Refresh published nothing: {Reason}. The live index keeps answering, with the facts and glossary it was published with")]
    private partial void LogBlocked(string reason);
}
