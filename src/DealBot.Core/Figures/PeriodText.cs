using System.Globalization;

namespace DealBot.Core.Figures;

/// <summary>Words for the periods <see cref="Periods"/> defines, in both languages.</summary>
internal static class PeriodText
{
    public static string English(DateOnly from, DateOnly to)
    {
        var culture = CultureInfo.InvariantCulture;
        return Classify(from, to) switch
        {
            Shape.Day => from.ToString("MMMM d, yyyy", culture),
            Shape.Month => from.ToString("MMMM yyyy", culture),
            Shape.Year => from.Year.ToString(culture),
            Shape.FirstHalf => $"the first half of {from.Year}",
            Shape.SecondHalf => $"the second half of {from.Year}",
            Shape.FirstQuarter => $"early {from.Year}",
            Shape.LastQuarter => $"the end of {from.Year}",
            Shape.Quarter => $"Q{((from.Month - 1) / 3) + 1} {from.Year}",
            Shape.Mid => $"mid-{from.Year}",
            _ => $"{from.ToString("yyyy-MM-dd", culture)} to {to.ToString("yyyy-MM-dd", culture)}",
        };
    }

    public static string Chinese(DateOnly from, DateOnly to) => Classify(from, to) switch
    {
        Shape.Day => $"{from.Year}年{from.Month}月{from.Day}日",
        Shape.Month => $"{from.Year}年{from.Month}月",
        Shape.Year => $"{from.Year}年",
        Shape.FirstHalf => $"{from.Year}年上半年",
        Shape.SecondHalf => $"{from.Year}年下半年",
        Shape.FirstQuarter => $"{from.Year}年初",
        Shape.LastQuarter => $"{from.Year}年底",
        Shape.Quarter => $"{from.Year}年第{"一二三四"[(from.Month - 1) / 3]}季度",
        Shape.Mid => $"{from.Year}年年中",
        _ => $"{from.Year}年{from.Month}月{from.Day}日至{to.Year}年{to.Month}月{to.Day}日",
    };

    private enum Shape
    {
        Other,
        Day,
        Month,
        Quarter,
        FirstQuarter,
        LastQuarter,
        FirstHalf,
        SecondHalf,
        Mid,
        Year,
    }

    private static Shape Classify(DateOnly from, DateOnly to)
    {
        if (from == to)
        {
            return Shape.Day;
        }

        var y = from.Year;
        return (from, to) switch
        {
            _ when (from, to) == Periods.Year(y) => Shape.Year,
            _ when (from, to) == Periods.Half(y, 1) => Shape.FirstHalf,
            _ when (from, to) == Periods.Half(y, 2) => Shape.SecondHalf,
            _ when (from, to) == Periods.Mid(y) => Shape.Mid,
            _ when (from, to) == Periods.Quarter(y, 1) => Shape.FirstQuarter,
            _ when (from, to) == Periods.Quarter(y, 4) => Shape.LastQuarter,
            _ when from.Day == 1 && from.Month % 3 == 1 && (from, to) == Periods.Quarter(y, ((from.Month - 1) / 3) + 1) => Shape.Quarter,
            _ when from.Day == 1 && (from, to) == Periods.Month(y, from.Month) => Shape.Month,
            _ => Shape.Other,
        };
    }
}
