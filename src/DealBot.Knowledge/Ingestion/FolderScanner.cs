using DealBot.Core.Ingestion;
using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Reads every file of the knowledge directory, and the uploads waiting in staging (an upload stands in for the file
/// of its name), each on its own: a file whose bytes are those already indexed is carried over, a new or changed one
/// is read in full, and a file that cannot be read is reported and keeps its last good version, if it has one.
/// </summary>
internal sealed class FolderScanner(KnowledgePaths paths, DocumentReader reader, ArticlePreparer preparer)
{
    public async Task<FolderScan> ScanAsync(
        RefreshState state,
        IReadOnlyList<StagedFile> staged,
        RefreshFindings findings,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        var uploads = staged.ToDictionary(s => s.Name, StringComparer.Ordinal);
        var names = KnowledgeFiles.Enumerate(paths.SourceDirectory).Union(uploads.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var entries = new List<ArticleEntry>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            progress?.Report(new IngestProgress("load", i, names.Count, names[i]));
            if (await ReadAsync(names[i], uploads.GetValueOrDefault(names[i]), state, findings, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                entries.Add(entry);
            }
        }

        progress?.Report(new IngestProgress("load", names.Count, names.Count));
        var present = names.ToHashSet(StringComparer.Ordinal);
        var removed = state.Files.Count(f => !present.Contains(f.Key) && f.Value.LastGood is not null);
        return new FolderScan(entries, removed);
    }

    private async Task<ArticleEntry?> ReadAsync(string name, StagedFile? upload, RefreshState state, RefreshFindings findings, CancellationToken cancellationToken)
    {
        var display = upload?.GivenName ?? name;
        if (!reader.IsSupported(name))
        {
            findings.Fail(display, $"unsupported file type '{Path.GetExtension(name)}' (supported: {string.Join(", ", reader.SupportedExtensions.Order())})");
            return null;
        }

        state.Files.TryGetValue(name, out var previous);
        var path = upload?.Path ?? Path.Combine(paths.SourceDirectory, name);
        try
        {
            var prepared = await preparer.PrepareAsync(name, path, previous?.LastGood is null ? null : previous.Hash, cancellationToken).ConfigureAwait(false);
            if (prepared.Document is null)
            {
                return new ArticleEntry(name, previous!.LastGood!, ArticleChange.Unchanged, previous, prepared.Hash, null, upload);
            }

            // The loaders' remarks, such as a missing published date: the file is accepted, and the moderator told.
            foreach (var warning in prepared.Warnings)
            {
                findings.Warn(display, warning);
            }

            var change = previous?.LastGood is null ? ArticleChange.Added : ArticleChange.Updated;
            return new ArticleEntry(name, prepared.Document, change, previous, prepared.Hash, prepared.Drafts, upload);
        }
        catch (DocumentLoadException ex)
        {
            var reason = previous?.LastGood is null ? ex.Message : $"{ex.Message} (its last good version keeps answering)";
            findings.Fail(display, reason);
            return previous?.LastGood is { } lastGood
                ? new ArticleEntry(name, lastGood, ArticleChange.KeptLastGood, previous with { LastError = ex.Message }, previous.Hash, null, upload)
                : null;
        }
    }
}

/// <summary>The articles a scan found, and how many indexed files are gone.</summary>
internal sealed record FolderScan(List<ArticleEntry> Entries, int Removed);
