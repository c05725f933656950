namespace DealBot.Core.Figures;

/// <summary>How an entry must sit against the number or word it follows.</summary>
internal enum Spacing
{
    /// <summary>Spaces (or one hyphen, for English words) may come first: "10 GW", "100-billion".</summary>
    Loose,

    /// <summary>Must follow the number directly: "$100B", "700m", "5x".</summary>
    Attached,
}

/// <summary>An entry of the lexicon: the text it matches.</summary>
internal interface ILexiconEntry
{
    string Text { get; }
}

/// <summary>A unit word or symbol: what it measures, the normalised unit and the factor to it ("GW" = 1e9 W).</summary>
internal sealed record UnitEntry(string Text, FigureKind Kind, string Unit, decimal Factor, Spacing Spacing = Spacing.Loose) : ILexiconEntry
{
    /// <summary>"度" means kWh only after 万/亿 ("100亿度"); "一度" and "30度" are something else.</summary>
    public bool NeedsScale { get; init; }
}

/// <summary>A scale word ("billion", "bn", "亿") and its factor.</summary>
internal sealed record ScaleEntry(string Text, decimal Factor, Spacing Spacing = Spacing.Loose) : ILexiconEntry;

/// <summary>A currency sign or code written before the number ("US$", "€", "RMB").</summary>
internal sealed record CurrencyEntry(string Text, string Unit) : ILexiconEntry;

/// <summary>A hedge written before ("up to", "高达") or after ("左右", "or more") the figure.</summary>
internal sealed record QualifierEntry(string Text, Qualifier Qualifier) : ILexiconEntry;
