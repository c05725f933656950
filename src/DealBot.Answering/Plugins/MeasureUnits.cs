using System.Collections.Frozen;

namespace DealBot.Answering.Plugins;

/// <summary>The units the calculator knows: power (W…TW), energy (Wh…TWh) and scale words in both languages.</summary>
internal static class MeasureUnits
{
    /// <summary>Hours in a (non-leap) year: what "running for a full year" means in the sources' arithmetic.</summary>
    public const decimal HoursPerYear = 8760m;

    private static readonly MeasureUnit[] All =
    [
        new("W", "瓦", MeasureKind.Power, 1m, "watt", "watts"),
        new("kW", "千瓦", MeasureKind.Power, 1e3m, "kilowatt", "kilowatts"),
        new("MW", "兆瓦", MeasureKind.Power, 1e6m, "megawatt", "megawatts"),
        new("GW", "千兆瓦", MeasureKind.Power, 1e9m, "gigawatt", "gigawatts", "吉瓦"),
        new("TW", "太瓦", MeasureKind.Power, 1e12m, "terawatt", "terawatts"),
        new("Wh", "瓦时", MeasureKind.Energy, 1m, "watt-hour", "watt-hours"),
        new("kWh", "千瓦时", MeasureKind.Energy, 1e3m, "kilowatt-hour", "kilowatt-hours", "度"),
        new("MWh", "兆瓦时", MeasureKind.Energy, 1e6m, "megawatt-hour", "megawatt-hours"),
        new("GWh", "千兆瓦时", MeasureKind.Energy, 1e9m, "gigawatt-hour", "gigawatt-hours", "吉瓦时"),
        new("TWh", "太瓦时", MeasureKind.Energy, 1e12m, "terawatt-hour", "terawatt-hours", "万亿瓦时"),
        new("one", "个", MeasureKind.Scale, 1m, "", "unit", "units", "ones"),
        new("thousand", "千", MeasureKind.Scale, 1e3m, "k", "thousands"),
        new("ten thousand", "万", MeasureKind.Scale, 1e4m),
        new("million", "百万", MeasureKind.Scale, 1e6m, "m", "mn", "millions"),
        new("ten million", "千万", MeasureKind.Scale, 1e7m),
        new("hundred million", "亿", MeasureKind.Scale, 1e8m),
        new("billion", "十亿", MeasureKind.Scale, 1e9m, "bn", "b", "billions"),
        new("trillion", "万亿", MeasureKind.Scale, 1e12m, "tn", "trillions", "兆"),
    ];

    private static readonly FrozenDictionary<string, MeasureUnit> ByName = BuildIndex();

    /// <summary>All names, for error messages.</summary>
    public static string KnownNames { get; } = string.Join(", ", All.Select(u => u.Name == "one" ? "one" : u.Name).Concat(All.Select(u => u.Chinese)));

    /// <summary>Finds a unit by any of its names, ignoring case and surrounding spaces.</summary>
    /// <exception cref="CalculationException">The unit is unknown.</exception>
    public static MeasureUnit Get(string? name)
    {
        if (ByName.TryGetValue((name ?? string.Empty).Trim(), out var unit))
        {
            return unit;
        }

        throw new CalculationException($"Unknown unit '{name}'. Known units: {KnownNames}.");
    }

    /// <summary>Finds a power unit by name.</summary>
    /// <exception cref="CalculationException">The unit is unknown or not a unit of power.</exception>
    public static MeasureUnit GetPower(string? name)
    {
        var unit = Get(name);
        return unit.Kind == MeasureKind.Power
            ? unit
            : throw new CalculationException($"'{name}' is not a unit of power; use W, kW, MW, GW or TW.");
    }

    /// <summary>Finds an energy unit by name.</summary>
    /// <exception cref="CalculationException">The unit is unknown or not a unit of energy.</exception>
    public static MeasureUnit GetEnergy(string? name)
    {
        var unit = Get(name);
        return unit.Kind == MeasureKind.Energy
            ? unit
            : throw new CalculationException($"'{name}' is not a unit of energy; use Wh, kWh, MWh, GWh or TWh.");
    }

    /// <summary>True when <paramref name="name"/> names a known unit.</summary>
    public static bool TryGet(string? name, out MeasureUnit unit) => ByName.TryGetValue((name ?? string.Empty).Trim(), out unit!);

    private static FrozenDictionary<string, MeasureUnit> BuildIndex()
    {
        var index = new Dictionary<string, MeasureUnit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in All)
        {
            foreach (var name in unit.Aliases.Prepend(unit.Chinese).Prepend(unit.Name))
            {
                // Case matters for the SI prefixes only where two units would collide ("MW" vs "mW" is not one of them).
                index.TryAdd(name, unit);
            }
        }

        return index.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
