namespace DealBot.Answering.Llm.Preview;

/// <summary>One message of a model request.</summary>
/// <param name="Role">"system", "user", "assistant".</param>
/// <param name="Source">The prompt it was rendered from ("Answer/Sources"), or "question".</param>
/// <param name="Text">The text as sent.</param>
public sealed record ModelMessageView(string Role, string? Source, string Text);
