using System.Text.RegularExpressions;
using DealBot.Core.Ingestion;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Where new files wait during a refresh: from paths (`ingest FILE...`) or from memory (a Discord attachment). They are
/// written to a hidden staging folder inside the knowledge directory (hidden folders are never read as articles; the
/// same file system makes the final move a rename), read and validated there with the rest, and moved into the
/// knowledge directory only when they pass. A refused upload never touches the folder, so it can never overwrite the
/// good version of an article. Only article types are accepted, within the size limit; names are reduced to a safe
/// file name (no directories, no traversal, no hidden files).
/// </summary>
internal sealed partial class UploadStaging(KnowledgePaths paths, DocumentReader reader, IOptions<KnowledgeOptions> options)
{
    public const string FolderName = ".staging";

    public string Directory => Path.Combine(paths.SourceDirectory, FolderName);

    public async Task<IReadOnlyList<StagedFile>> StageAsync(IngestRequest request, RefreshFindings findings, CancellationToken cancellationToken)
    {
        var staged = new List<StagedFile>();
        foreach (var path in request.Paths ?? [])
        {
            var display = Path.GetFileName(path);
            if (!File.Exists(path))
            {
                findings.Fail(display, "file not found");
                continue;
            }

            if (Accepts(display, new FileInfo(path).Length, staged, findings) is { } safe)
            {
                byte[] content;
                try
                {
                    content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    findings.Fail(display, FailureReason.Of(ex));
                    continue;
                }

                await SaveAsync(display, safe, content, staged, findings, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var upload in request.Uploads ?? [])
        {
            if (Accepts(upload.FileName, upload.Content.Length, staged, findings) is { } safe)
            {
                await SaveAsync(upload.FileName, safe, upload.Content, staged, findings, cancellationToken).ConfigureAwait(false);
            }
        }

        return staged;
    }

    /// <summary>Moves a file that passed into the knowledge directory, replacing the version it updates.</summary>
    public void Commit(StagedFile file) => File.Move(file.Path, Path.Combine(paths.SourceDirectory, file.Name), overwrite: true);

    /// <summary>Empties the staging folder: what is left there was refused, or is debris of a refresh that died.</summary>
    public void Clear()
    {
        try
        {
            if (System.IO.Directory.Exists(Directory))
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Never read as articles (the folder is hidden); the next refresh tries again.
        }
    }

    /// <summary>A safe file name for <paramref name="name"/>, or null when nothing usable is left.</summary>
    public static string? SanitizeFileName(string name)
    {
        var baseName = name.Replace('\\', '/').Split('/').LastOrDefault() ?? string.Empty;
        var safe = UnsafeChars().Replace(baseName, "_").Trim().TrimStart('.', '_', '-');
        return safe.Length == 0 || safe.Length > 120 || Path.GetFileNameWithoutExtension(safe).Length == 0 ? null : safe;
    }

    private string? Accepts(string name, long length, List<StagedFile> staged, RefreshFindings findings)
    {
        var safe = SanitizeFileName(name);
        if (safe is null)
        {
            findings.Fail(name, "not a usable file name");
            return null;
        }

        if (!reader.IsSupported(safe))
        {
            findings.Fail(name, $"unsupported file type '{Path.GetExtension(safe)}' (supported: {string.Join(", ", reader.SupportedExtensions.Order())})");
            return null;
        }

        if (length > options.Value.MaxFileBytes)
        {
            findings.Fail(name, FailureReason.TooLarge(options.Value.MaxFileBytes));
            return null;
        }

        if (length == 0)
        {
            findings.Fail(name, "the file is empty");
            return null;
        }

        if (staged.Any(s => string.Equals(s.Name, safe, StringComparison.OrdinalIgnoreCase)))
        {
            findings.Fail(name, $"another file of this refresh is saved as {safe} too; add them one at a time");
            return null;
        }

        return safe;
    }

    private async Task SaveAsync(string givenName, string safe, ReadOnlyMemory<byte> content, List<StagedFile> staged, RefreshFindings findings, CancellationToken cancellationToken)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var target = Path.Combine(Directory, safe);
            await File.WriteAllBytesAsync(target, content, cancellationToken).ConfigureAwait(false);
            staged.Add(new StagedFile(givenName, safe, target));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            findings.Fail(givenName, $"it could not be saved for checking: {ex.Message}");
        }
    }

    [GeneratedRegex(@"[^\p{L}\p{N}._ -]")]
    private static partial Regex UnsafeChars();
}
