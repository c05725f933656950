namespace DealBot.Core.Retrieval;

/// <summary>Options of a knowledge search.</summary>
/// <param name="Limit">How many passages to return.</param>
/// <param name="Language">Only passages in this language ("en" / "zh"); null for both.</param>
/// <param name="SourceIds">Only passages of these articles; null for all.</param>
public sealed record SearchOptions(int Limit = 5, string? Language = null, IReadOnlyCollection<string>? SourceIds = null);
