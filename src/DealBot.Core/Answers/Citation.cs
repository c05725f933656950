namespace DealBot.Core.Answers;

/// <summary>A source an answer relies on, with the passage text it relied on.</summary>
public sealed record Citation(string SourceId, string Title, DateOnly? Published, string Quote, Guid? PassageId = null);
