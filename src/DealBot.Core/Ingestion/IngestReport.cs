namespace DealBot.Core.Ingestion;

/// <summary>What a refresh did, per the <c>ingest --json</c> contract, plus what moderators and benchmarks need.</summary>
/// <param name="Added">Articles new to the index.</param>
/// <param name="Updated">Articles whose content changed.</param>
/// <param name="Unchanged">Articles left as they were.</param>
/// <param name="Removed">Articles whose files are gone.</param>
/// <param name="Failed">Files that could not be loaded; a failed file that was indexed before keeps its last good version.</param>
/// <param name="AlreadyRunning">True when another refresh was running and this one did nothing.</param>
/// <param name="PassagesEmbedded">Passages embedded by this run (zero when nothing changed).</param>
/// <param name="PassageCount">Passages in the published index.</param>
/// <param name="Elapsed">Wall time of the run.</param>
/// <param name="Published">True when a new index generation was published.</param>
public sealed record IngestReport(
    int Added,
    int Updated,
    int Unchanged,
    int Removed,
    IReadOnlyList<IngestFailure> Failed,
    bool AlreadyRunning,
    int PassagesEmbedded,
    int PassageCount,
    TimeSpan Elapsed,
    bool Published)
{
    /// <summary>The report of a refresh that found another one running.</summary>
    public static IngestReport Busy { get; } = new(0, 0, 0, 0, [], true, 0, 0, TimeSpan.Zero, false);

    /// <summary>
    /// What the moderator should know though nothing failed, one line each: files accepted with a remark (for example:
    /// no published date found), and, with no file, what went wrong after the new index went live (its saved state
    /// could not be written). Empty when there is nothing to say.
    /// </summary>
    public IReadOnlyList<IngestWarning> Warnings { get; init; } = [];

    /// <summary>
    /// Why nothing was published, when validation refused the whole refresh (a broken facts.yaml or glossary.yaml):
    /// the previous index, with its facts and glossary, keeps answering. Null when the refresh went through.
    /// </summary>
    public string? Blocked { get; init; }
}

/// <summary>A file that could not be ingested, and why.</summary>
public sealed record IngestFailure(string File, string Reason);

/// <summary>
/// Something the moderator should know about a file that was ingested, or, when <paramref name="File"/> is null, about
/// the refresh as a whole.
/// </summary>
public sealed record IngestWarning(string? File, string Message)
{
    /// <summary>A warning about the refresh as a whole rather than one file.</summary>
    public static IngestWarning OfRefresh(string message) => new(null, message);
}
