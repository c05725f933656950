using System.Text.RegularExpressions;
using DealBot.Core.Ingestion;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Puts new files into the knowledge directory before a refresh: from paths (`ingest FILE...`) or from memory (a
/// Discord attachment). Only article types are accepted, within the size limit; names are reduced to a safe file name
/// (no directories, no traversal, no hidden files), and each file is written beside its final name, then renamed.
/// </summary>
internal sealed partial class KnowledgeFileImporter(KnowledgePaths paths, DocumentReader reader, Microsoft.Extensions.Options.IOptions<KnowledgeOptions> options)
{
    public async Task ImportAsync(IngestRequest request, List<IngestFailure> failures, CancellationToken cancellationToken)
    {
        foreach (var path in request.Paths ?? [])
        {
            var display = Path.GetFileName(path);
            if (!File.Exists(path))
            {
                failures.Add(new IngestFailure(display, "file not found"));
                continue;
            }

            var length = new FileInfo(path).Length;
            if (Reject(display, length, failures))
            {
                continue;
            }

            await SaveAsync(display, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        foreach (var upload in request.Uploads ?? [])
        {
            if (!Reject(upload.FileName, upload.Content.Length, failures))
            {
                await SaveAsync(upload.FileName, upload.Content.ToArray(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>A safe file name for <paramref name="name"/>, or null when nothing usable is left.</summary>
    public static string? SanitizeFileName(string name)
    {
        var baseName = name.Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var safe = UnsafeChars().Replace(baseName, "_").Trim().TrimStart('.', '_', '-');
        return safe.Length == 0 || safe.Length > 120 || Path.GetFileNameWithoutExtension(safe).Length == 0 ? null : safe;
    }

    private bool Reject(string name, long length, List<IngestFailure> failures)
    {
        var safe = SanitizeFileName(name);
        if (safe is null)
        {
            failures.Add(new IngestFailure(name, "not a usable file name"));
            return true;
        }

        if (!reader.IsSupported(safe))
        {
            failures.Add(new IngestFailure(name, $"unsupported file type '{Path.GetExtension(safe)}' (supported: {string.Join(", ", reader.SupportedExtensions.Order())})"));
            return true;
        }

        if (length > options.Value.MaxFileBytes)
        {
            failures.Add(new IngestFailure(name, $"the file is larger than the limit of {options.Value.MaxFileBytes / 1024} KB"));
            return true;
        }

        return false;
    }

    private async Task SaveAsync(string name, byte[] content, CancellationToken cancellationToken)
    {
        var safe = SanitizeFileName(name)!;
        Directory.CreateDirectory(paths.SourceDirectory);
        var target = Path.Combine(paths.SourceDirectory, safe);
        var temp = target + ".tmp";
        await File.WriteAllBytesAsync(temp, content, cancellationToken).ConfigureAwait(false);
        File.Move(temp, target, overwrite: true);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}._ -]")]
    private static partial Regex UnsafeChars();
}
