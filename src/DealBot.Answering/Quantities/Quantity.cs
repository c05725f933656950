namespace DealBot.Answering.Quantities;

/// <summary>
/// An amount with what it measures, in base units: money in units of its currency, power in watts, energy in
/// watt-hours, time in hours, counts as plain numbers. <see cref="IsPercent"/> marks a plain number that is a share
/// in percent points (2 means 2%).
/// </summary>
public sealed record Quantity(decimal Value, Dimension Dimension, bool IsPercent = false)
{
    public static Quantity Plain(decimal value) => new(value, Dimension.None);

    public static Quantity Percent(decimal points) => new(points, Dimension.None, IsPercent: true);
}
