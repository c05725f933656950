using DealBot.Core.Figures;

namespace DealBot.Answering.Plugins;

/// <summary>
/// The unit of an amount handed to the calculator, resolved to a normalised unit and the factor to it:
/// "USD" / "美元" = (USD, 1), "GW" = (W, 1e9), "TWh" = (Wh, 1e12), "million" = (count, 1e6).
/// </summary>
internal readonly record struct AmountUnit(string Unit, decimal Factor)
{
    private static readonly Dictionary<string, string> Currencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USD"] = "USD", ["US$"] = "USD", ["$"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["美元"] = "USD",
        ["CNY"] = "CNY", ["RMB"] = "CNY", ["yuan"] = "CNY", ["元"] = "CNY", ["人民币"] = "CNY",
        ["EUR"] = "EUR", ["€"] = "EUR", ["欧元"] = "EUR",
        ["GBP"] = "GBP", ["£"] = "GBP", ["JPY"] = "JPY", ["HKD"] = "HKD", ["TWD"] = "TWD",
    };

    /// <summary>Resolves <paramref name="name"/>; a plain count is "count" (or empty).</summary>
    /// <exception cref="CalculationException">The unit is unknown.</exception>
    public static AmountUnit Resolve(string? name)
    {
        var trimmed = (name ?? string.Empty).Trim();
        if (trimmed.Length == 0 || trimmed.Equals("count", StringComparison.OrdinalIgnoreCase))
        {
            return new AmountUnit("count", 1m);
        }

        if (Currencies.TryGetValue(trimmed, out var currency))
        {
            return new AmountUnit(currency, 1m);
        }

        if (MeasureUnits.TryGet(trimmed, out var unit))
        {
            var normalised = unit.Kind switch
            {
                MeasureKind.Power => "W",
                MeasureKind.Energy => "Wh",
                _ => "count",
            };
            return new AmountUnit(normalised, unit.Factor);
        }

        throw new CalculationException(
            $"Unknown unit '{name}'. Use a currency code (USD, CNY, EUR), a power or energy unit (W, kW, MW, GW, Wh, TWh) or 'count'.");
    }

    /// <summary>True for a currency, whose amounts are money.</summary>
    public bool IsMoney => Kind == FigureKind.Money;

    /// <summary>What an amount in this unit is: money, power, energy or a count.</summary>
    public FigureKind Kind => Unit switch
    {
        "W" => FigureKind.Power,
        "Wh" => FigureKind.Energy,
        "count" => FigureKind.Count,
        _ => FigureKind.Money,
    };
}
