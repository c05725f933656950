namespace DealBot.Core.Figures;

/// <summary>Chinese wording of figures: "高达1000亿美元", "至少10千兆瓦", "800多万", "超过7亿", "5倍".</summary>
internal static class ChineseFigureText
{
    public static string Render(FigureKind kind, decimal value, string unit, Qualifier qualifier)
    {
        var (number, scale, tail) = kind switch
        {
            FigureKind.Money => Split(value, Currency(unit)),
            FigureKind.Power => Power(value),
            FigureKind.Energy => Energy(value),
            FigureKind.Percent => (HumanNumber.Format(value, false), string.Empty, "%"),
            FigureKind.Multiple => (HumanNumber.Format(value, false), string.Empty, "倍"),
            _ => Split(value, string.Empty),
        };

        // "800多万", "20多倍": 多 sits between a round number and its scale; elsewhere 超过 reads better.
        var roundMantissa = decimal.TryParse(number, System.Globalization.CultureInfo.InvariantCulture, out var mantissa) && HumanNumber.IsRoundTens(mantissa);
        if (qualifier == Qualifier.MoreThan && roundMantissa && (scale.Length > 0 || kind == FigureKind.Multiple))
        {
            return number + "多" + scale + tail;
        }

        var hedge = qualifier switch
        {
            Qualifier.UpTo => "高达",
            Qualifier.AtLeast => "至少",
            Qualifier.MoreThan => "超过",
            Qualifier.About => "约",
            Qualifier.LessThan => "不到",
            _ => string.Empty,
        };

        return hedge + number + scale + tail;
    }

    private static (string Number, string Scale, string Tail) Split(decimal value, string tail)
    {
        var magnitude = Math.Abs(value);
        return magnitude switch
        {
            >= 1e12m => (HumanNumber.Format(value / 1e12m, false), "万亿", tail),
            >= 1e8m => (HumanNumber.Format(value / 1e8m, false), "亿", tail),
            >= 1e4m => (HumanNumber.Format(value / 1e4m, false), "万", tail),
            _ => (HumanNumber.Format(value, false), string.Empty, tail),
        };
    }

    private static string Currency(string unit) => unit.ToUpperInvariant() switch
    {
        FigureUnits.Usd => "美元",
        FigureUnits.Cny => "元",
        FigureUnits.Eur => "欧元",
        FigureUnits.Gbp => "英镑",
        FigureUnits.Jpy => "日元",
        FigureUnits.Hkd => "港元",
        FigureUnits.Twd => "新台币",
        _ => unit.ToUpperInvariant(),
    };

    private static (string Number, string Scale, string Tail) Power(decimal value)
    {
        var magnitude = Math.Abs(value);
        var (factor, name) = magnitude switch
        {
            >= 1e12m => (1e12m, "太瓦"),
            >= 1e9m => (1e9m, "千兆瓦"),
            >= 1e6m => (1e6m, "兆瓦"),
            >= 1e3m => (1e3m, "千瓦"),
            _ => (1m, "瓦"),
        };

        return (HumanNumber.Format(value / factor, false), string.Empty, name);
    }

    // Chinese reports count energy in 千瓦时 (度) with 万/亿: 87.6 TWh is "876亿千瓦时".
    private static (string Number, string Scale, string Tail) Energy(decimal value) =>
        Math.Abs(value) >= 1e3m ? Split(value / 1e3m, "千瓦时") : (HumanNumber.Format(value, false), string.Empty, "瓦时");
}
