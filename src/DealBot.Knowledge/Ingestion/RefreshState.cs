using System.Text.Json.Serialization;
using DealBot.Core.Documents;
using DealBot.Knowledge.Storage;
using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// What the last refresh saw: each file's hash and its last good document (kept so a file that later fails to load
/// keeps answering with its previous version), and the index version published from them. Checksummed
/// (<see cref="ChecksummedJson"/>); a damaged state only costs a full re-check, since embeddings stay cached.
/// </summary>
internal sealed record RefreshState(Dictionary<string, FileState> Files, string? IndexVersion, string? Fingerprint)
{
    public static RefreshState Empty => new(new Dictionary<string, FileState>(StringComparer.Ordinal), null, null);

    public static async Task<RefreshState> LoadAsync(string path, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var state = await ChecksummedJson.ReadAsync(path, RefreshJsonContext.Default.RefreshState, cancellationToken).ConfigureAwait(false);
            if (state?.Files is null)
            {
                return Empty;
            }

            return state with { Files = new Dictionary<string, FileState>(state.Files.Where(f => f.Value?.Hash is not null), StringComparer.Ordinal) };
        }
        catch (DamagedFileException ex)
        {
            RefreshStateLog.Discarded(logger, ex.Message);
            return Empty;
        }
    }

    public Task SaveAsync(string path, CancellationToken cancellationToken) =>
        ChecksummedJson.WriteAsync(path, this, RefreshJsonContext.Default.RefreshState, cancellationToken);

    /// <summary>
    /// Saves the state; on an I/O error returns its one-line reason instead of throwing, because by then the index it
    /// describes is already live, and the caller must say so rather than report the refresh as failed.
    /// </summary>
    public async Task<string?> TrySaveAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAsync(path, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (DataDirectoryAccess.IsWriteFailure(ex))
        {
            return ex.Message;
        }
    }
}

/// <summary>A file as last seen: its hash, and the document last loaded from it successfully.</summary>
internal sealed record FileState(string Hash, SourceDocument? LastGood, string? LastError);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(RefreshState))]
internal sealed partial class RefreshJsonContext : JsonSerializerContext
{
}
