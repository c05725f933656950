namespace DealBot.Core.Ingestion;

/// <summary>A refresh of the knowledge base, optionally adding files to the knowledge directory first.</summary>
/// <param name="Paths">Files on disk to copy into the knowledge directory before syncing.</param>
/// <param name="Uploads">Files received in memory (a Discord attachment) to save into the knowledge directory.</param>
public sealed record IngestRequest(IReadOnlyList<string>? Paths = null, IReadOnlyList<IncomingFile>? Uploads = null)
{
    public static IngestRequest SyncOnly { get; } = new();
}

/// <summary>A file received in memory; its name is sanitised before it is saved.</summary>
public sealed record IncomingFile(string FileName, ReadOnlyMemory<byte> Content);
