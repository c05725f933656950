namespace DealBot.Core.Figures;

/// <summary>The normalised units a <see cref="Figure"/> carries in <see cref="Figure.Unit"/>.</summary>
public static class FigureUnits
{
    /// <summary>US dollars.</summary>
    public const string Usd = "USD";

    /// <summary>Chinese yuan (renminbi).</summary>
    public const string Cny = "CNY";

    /// <summary>Euros.</summary>
    public const string Eur = "EUR";

    /// <summary>Pounds sterling.</summary>
    public const string Gbp = "GBP";

    /// <summary>Japanese yen.</summary>
    public const string Jpy = "JPY";

    /// <summary>Hong Kong dollars.</summary>
    public const string Hkd = "HKD";

    /// <summary>New Taiwan dollars.</summary>
    public const string Twd = "TWD";

    /// <summary>Power, in watts.</summary>
    public const string Watt = "W";

    /// <summary>Energy, in watt-hours.</summary>
    public const string WattHour = "Wh";

    /// <summary>Percent points.</summary>
    public const string Percent = "%";

    /// <summary>A plain count.</summary>
    public const string Count = "count";

    /// <summary>A multiple ("5 times").</summary>
    public const string Multiple = "x";

    /// <summary>A date or a period; see <see cref="Figure.From"/> and <see cref="Figure.To"/>.</summary>
    public const string Date = "date";
}
