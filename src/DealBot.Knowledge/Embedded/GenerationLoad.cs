namespace DealBot.Knowledge.Embedded;

/// <summary>The generation found to serve (null when none is intact), with what was wrong on the way to it.</summary>
internal sealed record GenerationLoad(EmbeddedIndex? Index, GenerationPointer? Pointer, IReadOnlyList<string> Problems);
