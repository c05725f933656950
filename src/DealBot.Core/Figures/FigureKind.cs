namespace DealBot.Core.Figures;

/// <summary>What a figure measures; decides which figures can be compared or combined.</summary>
public enum FigureKind
{
    /// <summary>An amount of money; <see cref="Figure.Unit"/> is the currency code.</summary>
    Money,

    /// <summary>Electrical power, in watts.</summary>
    Power,

    /// <summary>Energy, in watt-hours.</summary>
    Energy,

    /// <summary>A percentage, in percent points (4.4 means 4.4%).</summary>
    Percent,

    /// <summary>A count of things (households, users, chips), a plain number.</summary>
    Count,

    /// <summary>A multiple ("5 times", "5x").</summary>
    Multiple,

    /// <summary>A calendar date or a period (a year, a month, a half year); see <see cref="Figure.From"/>.</summary>
    Date,
}
