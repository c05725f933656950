using System.Globalization;
using DealBot.Answering.Plugins;
using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Answering.Quantities;

/// <summary>
/// Writes a computed quantity for people, rounded to three significant figures, in the answer's language: money,
/// power, energy, shares and multiples through Core's <see cref="FigureFormatter"/> (so the verifier reads them back
/// to the same value); a unit the member asked for ("in MW", "几周"); counted things ("8.33 million households",
/// "833万户"); and rates ("US$10 billion per GW", "每户1.25千瓦").
/// </summary>
public sealed class QuantityFormatter(FigureFormatter figures, UnitCatalog units)
{
    private const decimal HoursPerDay = 24;
    private const decimal HoursPerYear = 8760;

    /// <summary>The rounding of every displayed result.</summary>
    public static decimal Round(decimal value) => MachineNumber.RoundSignificant(value, DisplayDigits);

    /// <summary>The rounding of a displayed share: three significant figures read as people quote them ("4.76%").</summary>
    public static decimal RoundPercent(decimal value) => MachineNumber.RoundSignificant(value, PercentDigits);

    /// <summary>
    /// The rounding of a count of things: whole things below a million ("555,556 chips" fit, not "555,600"), three
    /// or four significant figures above, where members read millions ("6.667 million households").
    /// </summary>
    public static decimal RoundCount(decimal value) => Math.Abs(value) is >= 1 and < WholeCountLimit ? Math.Round(value, 0, MidpointRounding.AwayFromZero) : Round(value);

    private const decimal WholeCountLimit = 1_000_000m;

    // Four significant figures: "3,333 racks", "US$142.9 per user"; trailing zeros are dropped.
    private const int DisplayDigits = 4;
    private const int PercentDigits = 3;

    public string Format(Quantity quantity, string language, UnitMention? display = null, Qualifier qualifier = Qualifier.Exact, UnitMention? per = null)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        var zh = language == Languages.Chinese;
        var d = quantity.Dimension;
        if (quantity.IsPercent)
        {
            return figures.Format(FigureKind.Percent, RoundPercent(quantity.Value), FigureUnits.Percent, qualifier, language);
        }

        if (d.IsNone)
        {
            return figures.Format(FigureKind.Multiple, Round(quantity.Value), FigureUnits.Multiple, qualifier, language);
        }

        if (d.Currency is { } currency)
        {
            return figures.Format(FigureKind.Money, Round(quantity.Value), currency, qualifier, language);
        }

        if (display is { Kind: UnitMentionKind.Unit } unit && unit.Dimension.Equals(d))
        {
            return InUnit(quantity.Value / unit.Factor, unit.Display.For(language), zh, qualifier);
        }

        if (d.IsPower)
        {
            return figures.Format(FigureKind.Power, Round(quantity.Value), FigureUnits.Watt, qualifier, language);
        }

        if (d.IsEnergy)
        {
            var twh = units.UnitOf(Dimension.WattHours, 1e12m)!;
            return quantity.Value >= 1e11m ? InUnit(quantity.Value / twh.Factor, twh.Display.For(language), zh, qualifier)
                : figures.Format(FigureKind.Energy, Round(quantity.Value), FigureUnits.WattHour, qualifier, language);
        }

        if (d.IsTime)
        {
            var (factor, name) = quantity.Value >= HoursPerYear ? (HoursPerYear, zh ? "年" : "years")
                : quantity.Value >= 2 * HoursPerDay ? (HoursPerDay, zh ? "天" : "days")
                : (1m, zh ? "小时" : "hours");
            return InUnit(quantity.Value / factor, name, zh, qualifier);
        }

        if (d.CountedNoun is { } noun)
        {
            // A count of named things is of whole things; an unnamed one ("how many of those rounds fit") is a ratio.
            var number = figures.Format(FigureKind.Count, noun == "thing" ? Round(quantity.Value) : RoundCount(quantity.Value), FigureUnits.Count, qualifier, language);
            var counted = units.Counted(noun);
            return counted is null ? number : zh ? number + counted.Display.Zh : $"{number} {counted.Display.En}";
        }

        return Rate(quantity, language, qualifier, per);
    }

    // "US$10 billion per GW", "1.25 kW per household", "每千兆瓦100亿美元": the numerator per one unit of the denominator.
    private string Rate(Quantity quantity, string language, Qualifier qualifier, UnitMention? asked)
    {
        var (numerator, denominator) = quantity.Dimension.Split();

        // Per the unit the member asked for ("per megawatt"), else the one the sources use (per GW).
        var per = asked is { Kind: UnitMentionKind.Unit } && asked.Dimension.Equals(denominator) ? asked : PerUnit(denominator);
        var perName = per?.Display.For(language) ?? denominator.ToString();
        var perFactor = per?.Factor ?? 1m;
        var amount = Format(new Quantity(quantity.Value * perFactor, numerator), language, null, qualifier);
        return language == Languages.Chinese ? $"每{perName}{amount}" : $"{amount} per {Singular(perName)}";
    }

    private UnitMention? PerUnit(Dimension denominator)
    {
        if (denominator.IsPower)
        {
            return units.UnitOf(Dimension.Watts, 1e9m);
        }

        if (denominator.IsEnergy)
        {
            return units.UnitOf(Dimension.WattHours, 1e3m);
        }

        if (denominator.IsTime)
        {
            return units.UnitOf(Dimension.Hours, HoursPerYear);
        }

        if (denominator.Currency is { } currency)
        {
            return new UnitMention(UnitMentionKind.Currency, denominator, 1, new(currency, currency), currency, 0, 0);
        }

        return denominator.CountedNoun is { } noun ? units.Counted(noun) : null;
    }

    private static string Singular(string name) => name switch
    {
        "households" => "household",
        "users" => "user",
        "people" => "person",
        "chips" => "chip",
        "years" => "year",
        "days" => "day",
        "weeks" => "week",
        "months" => "month",
        "hours" => "hour",
        _ => name,
    };

    private static string InUnit(decimal value, string unit, bool zh, Qualifier qualifier)
    {
        var rounded = Round(value);
        var prefix = Hedge(qualifier, zh);
        if (zh)
        {
            return prefix + ChineseNumber(rounded) + unit;
        }

        var number = rounded == decimal.Truncate(rounded) ? rounded.ToString("#,0", CultureInfo.InvariantCulture) : MachineNumber.Plain(rounded);
        return $"{prefix}{number} {(rounded == 1 ? Singular(unit) : unit)}";
    }

    private static string Hedge(Qualifier qualifier, bool zh) => qualifier switch
    {
        Qualifier.UpTo => zh ? "最高" : "up to ",
        Qualifier.AtLeast => zh ? "至少" : "at least ",
        Qualifier.MoreThan => zh ? "超过" : "more than ",
        Qualifier.About => zh ? "约" : "about ",
        Qualifier.LessThan => zh ? "不到" : "less than ",
        _ => string.Empty,
    };

    // Chinese counts in 万 and 亿 once they are that large ("1万兆瓦", "100万千瓦").
    private static string ChineseNumber(decimal value) =>
        Math.Abs(value) >= 100_000_000m ? MachineNumber.Plain(value / 100_000_000m) + "亿"
        : Math.Abs(value) >= 10_000m ? MachineNumber.Plain(value / 10_000m) + "万"
        : MachineNumber.Plain(value);
}
