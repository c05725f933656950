namespace DealBot.Core.Figures;

/// <summary>One numeral in the text: where it is and how it is written.</summary>
internal readonly record struct Token(int Start, int End, NumeralScript Script);
