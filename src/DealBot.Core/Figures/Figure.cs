namespace DealBot.Core.Figures;

/// <summary>A number found in text, normalised so that "US$100 billion", "$100bn" and "1000亿美元" compare equal.</summary>
/// <param name="Kind">What the number measures.</param>
/// <param name="Value">
/// Normalised value: money in units of the currency (100e9 for "$100 billion"), power in watts, energy in watt-hours,
/// percent in percent points, counts and multiples as plain numbers; for dates, the year (the period is in From/To).
/// </param>
/// <param name="Unit">"USD", "CNY", "EUR"..., "W", "Wh", "%", "count", "x" or "date".</param>
/// <param name="Qualifier">How the source hedges the number.</param>
/// <param name="Surface">The text as written in the source.</param>
/// <param name="Start">Offset of <paramref name="Surface"/> in the text it was extracted from.</param>
/// <param name="Length">Length of <paramref name="Surface"/>.</param>
/// <param name="From">For dates and periods: the first day covered.</param>
/// <param name="To">For dates and periods: the last day covered.</param>
public sealed record Figure(
    FigureKind Kind,
    decimal Value,
    string Unit,
    Qualifier Qualifier,
    string Surface,
    int Start,
    int Length,
    DateOnly? From = null,
    DateOnly? To = null);
