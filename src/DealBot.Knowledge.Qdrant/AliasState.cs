namespace DealBot.Knowledge.Qdrant;

/// <summary>The collections behind the live alias and the previous-generation alias; null where an alias is absent.</summary>
internal sealed record AliasState(string? Live, string? Previous);
