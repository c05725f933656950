namespace DealBot.Core.Retrieval;

/// <summary>Restricts a search to a language and/or a set of articles. Null members do not filter.</summary>
public sealed record PassageFilter(string? Language = null, IReadOnlyCollection<string>? SourceIds = null)
{
    public static PassageFilter None { get; } = new();
}
