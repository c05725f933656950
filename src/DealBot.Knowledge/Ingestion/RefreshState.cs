using System.Text.Json;
using System.Text.Json.Serialization;
using DealBot.Core.Documents;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// What the last refresh saw: each file's hash and its last good document (kept so a file that later fails to load
/// keeps answering with its previous version), and the index version published from them.
/// </summary>
internal sealed record RefreshState(Dictionary<string, FileState> Files, string? IndexVersion, string? Fingerprint)
{
    public static RefreshState Empty => new(new Dictionary<string, FileState>(StringComparer.Ordinal), null, null);

    public static async Task<RefreshState> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var state = await JsonSerializer.DeserializeAsync(stream, RefreshJsonContext.Default.RefreshState, cancellationToken).ConfigureAwait(false);
            return state is null ? Empty : state with { Files = new Dictionary<string, FileState>(state.Files, StringComparer.Ordinal) };
        }
        catch (JsonException)
        {
            // A damaged state file only costs a full re-check (embeddings stay cached).
            return Empty;
        }
    }

    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await JsonSerializer.SerializeAsync(stream, this, RefreshJsonContext.Default.RefreshState, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }
}

/// <summary>A file as last seen: its hash, and the document last loaded from it successfully.</summary>
internal sealed record FileState(string Hash, SourceDocument? LastGood, string? LastError);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = false)]
[JsonSerializable(typeof(RefreshState))]
internal sealed partial class RefreshJsonContext : JsonSerializerContext
{
}
