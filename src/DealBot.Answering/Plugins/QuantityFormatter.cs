using System.Globalization;
using DealBot.Core.Documents;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Shows calculated quantities to people, in English or Chinese, rounded to 3 significant figures:
/// "US$10 billion" / "100亿美元", "1.25 kW" / "1.25千瓦", "87.6 TWh" / "87.6太瓦时", "1.96%", "5 times" / "5倍".
/// </summary>
internal static class QuantityFormatter
{
    private const int Digits = 3;

    private static readonly (decimal Factor, string En, string Zh)[] PowerSteps =
        [(1e12m, "TW", "太瓦"), (1e9m, "GW", "吉瓦"), (1e6m, "MW", "兆瓦"), (1e3m, "kW", "千瓦"), (1m, "W", "瓦")];

    private static readonly (decimal Factor, string En, string Zh)[] EnergySteps =
        [(1e12m, "TWh", "太瓦时"), (1e9m, "GWh", "吉瓦时"), (1e6m, "MWh", "兆瓦时"), (1e3m, "kWh", "千瓦时"), (1m, "Wh", "瓦时")];

    // Chinese groups by 万 and 亿; English by thousands. 万亿 only from a trillion up, so 1e11 reads "1000亿".
    private static readonly (decimal Factor, string Word)[] ChineseScales = [(1e12m, "万亿"), (1e8m, "亿"), (1e4m, "万")];
    private static readonly (decimal Factor, string Word)[] EnglishScales = [(1e12m, " trillion"), (1e9m, " billion"), (1e6m, " million")];

    /// <summary>Formats <paramref name="value"/> given in a normalised unit ("USD", "W", "Wh", "%", "x", "count", "days").</summary>
    public static string Format(decimal value, string unit, string language) => unit switch
    {
        "W" => Stepped(value, PowerSteps, language),
        "Wh" => Stepped(value, EnergySteps, language),
        "%" => Number(MachineNumber.RoundSignificant(value, Digits)) + "%",
        "x" => IsChinese(language) ? Number(Round(value)) + "倍" : Number(Round(value)) + " times",
        "days" => IsChinese(language) ? Number(value) + "天" : Number(value) + (Math.Abs(value) == 1 ? " day" : " days"),
        "count" => Count(value, language),
        _ => Money(value, unit, language),
    };

    /// <summary>A money amount: "US$10 billion", "100亿美元", "EUR 5 million".</summary>
    public static string Money(decimal amount, string currency, string language)
    {
        var sign = amount < 0 ? "-" : string.Empty;
        var magnitude = Math.Abs(amount);
        if (IsChinese(language))
        {
            return sign + Scaled(magnitude, ChineseScales, grouped: false) + ChineseCurrency(currency);
        }

        var prefix = currency == "USD" ? "US$" : currency + " ";
        return sign + prefix + Scaled(magnitude, EnglishScales, grouped: true);
    }

    /// <summary>A plain count: "8 million", "800万", "143".</summary>
    public static string Count(decimal value, string language)
    {
        var sign = value < 0 ? "-" : string.Empty;
        return IsChinese(language)
            ? sign + Scaled(Math.Abs(value), ChineseScales, grouped: false)
            : sign + Scaled(Math.Abs(value), EnglishScales, grouped: true);
    }

    /// <summary>Invariant digits with thousands separators and no trailing zeros: "10,000", "1.25".</summary>
    public static string Number(decimal value) => value.ToString("#,##0.##########", CultureInfo.InvariantCulture);

    /// <summary>A value in a named unit: "10,000 MW" / "10,000兆瓦", "100 billion" / "100十亿".</summary>
    public static string InUnit(decimal value, MeasureUnit unit, string language) =>
        IsChinese(language)
            ? Number(Round(value)) + unit.Chinese
            : Number(Round(value)) + " " + unit.Name;

    public static bool IsChinese(string language) => language == Languages.Chinese;

    public static decimal Round(decimal value) => MachineNumber.RoundSignificant(value, Digits);

    private static string Stepped(decimal value, (decimal Factor, string En, string Zh)[] steps, string language)
    {
        var magnitude = Math.Abs(value);
        var step = steps.FirstOrDefault(s => magnitude >= s.Factor);
        if (step.Factor == 0)
        {
            step = steps[^1];
        }

        var number = Number(Round(value / step.Factor));
        return IsChinese(language) ? number + step.Zh : number + " " + step.En;
    }

    // Chinese writes "1000亿" and "5000亿美元" without separators, as the sources do.
    private static string Scaled(decimal magnitude, (decimal Factor, string Word)[] scales, bool grouped)
    {
        var rounded = Round(magnitude);
        Func<decimal, string> number = grouped ? Number : MachineNumber.Plain;
        foreach (var (factor, word) in scales)
        {
            if (rounded >= factor)
            {
                return number(Round(rounded / factor)) + word;
            }
        }

        return number(rounded);
    }

    private static string ChineseCurrency(string currency) => currency switch
    {
        "USD" => "美元",
        "CNY" => "元人民币",
        "EUR" => "欧元",
        "GBP" => "英镑",
        "JPY" => "日元",
        "HKD" => "港元",
        _ => " " + currency,
    };
}
