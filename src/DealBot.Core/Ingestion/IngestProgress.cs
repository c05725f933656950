namespace DealBot.Core.Ingestion;

/// <summary>Progress of a refresh, for a progress bar.</summary>
/// <param name="Stage">"load", "embed", "publish".</param>
/// <param name="Done">Units done in this stage.</param>
/// <param name="Total">Units in this stage.</param>
/// <param name="Item">What is being worked on, when there is one thing.</param>
public sealed record IngestProgress(string Stage, int Done, int Total, string? Item = null);
