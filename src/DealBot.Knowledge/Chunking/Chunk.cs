namespace DealBot.Knowledge.Chunking;

/// <summary>A passage-to-be: its text and the heading of the section it sits in (context for the embedding).</summary>
internal sealed record Chunk(int Position, string Text, string? Section);
