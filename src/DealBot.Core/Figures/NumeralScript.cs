namespace DealBot.Core.Figures;

/// <summary>How a numeral is written; decides which scales and units may follow it.</summary>
internal enum NumeralScript
{
    Arabic,
    Chinese,
    English,
}
