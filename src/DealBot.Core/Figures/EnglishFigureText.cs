namespace DealBot.Core.Figures;

/// <summary>English wording of figures: "up to US$100 billion", "10 GW", "more than 8 million", "5 times".</summary>
internal static class EnglishFigureText
{
    public static string Render(FigureKind kind, decimal value, string unit, Qualifier qualifier)
    {
        var text = kind switch
        {
            FigureKind.Money => Money(value, unit),
            FigureKind.Power => Metric(value, "W"),
            FigureKind.Energy => Metric(value, "Wh"),
            FigureKind.Percent => HumanNumber.Format(value, thousandsSeparators: true) + "%",
            FigureKind.Multiple => HumanNumber.Format(value, thousandsSeparators: true) + " times",
            _ => Scaled(value),
        };

        return Hedge(qualifier) + text;
    }

    private static string Hedge(Qualifier qualifier) => qualifier switch
    {
        Qualifier.UpTo => "up to ",
        Qualifier.AtLeast => "at least ",
        Qualifier.MoreThan => "more than ",
        Qualifier.About => "about ",
        Qualifier.LessThan => "less than ",
        _ => string.Empty,
    };

    private static string Money(decimal value, string currency)
    {
        var sign = currency.ToUpperInvariant() switch
        {
            FigureUnits.Usd => "US$",
            FigureUnits.Eur => "€",
            FigureUnits.Gbp => "£",
            FigureUnits.Hkd => "HK$",
            FigureUnits.Twd => "NT$",
            FigureUnits.Cny => "RMB ",
            _ => currency.ToUpperInvariant() + " ",
        };

        return value < 0 ? "-" + sign + Scaled(-value) : sign + Scaled(value);
    }

    private static string Scaled(decimal value)
    {
        var magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1e12m => HumanNumber.Format(value / 1e12m, true) + " trillion",
            >= 1e9m => HumanNumber.Format(value / 1e9m, true) + " billion",
            >= 1e6m => HumanNumber.Format(value / 1e6m, true) + " million",
            _ => HumanNumber.Format(value, true),
        };
    }

    private static string Metric(decimal value, string unit)
    {
        var magnitude = Math.Abs(value);
        var (factor, prefix) = magnitude switch
        {
            >= 1e12m => (1e12m, "T"),
            >= 1e9m => (1e9m, "G"),
            >= 1e6m => (1e6m, "M"),
            >= 1e3m => (1e3m, "k"),
            _ => (1m, string.Empty),
        };

        return HumanNumber.Format(value / factor, true) + " " + prefix + unit;
    }
}
