using DealBot.Core.Documents;

namespace DealBot.Answering.Plugins;

/// <summary>What a <see cref="MeasureUnit"/> measures.</summary>
internal enum MeasureKind
{
    /// <summary>A scale word for counts and amounts ("billion", "亿").</summary>
    Scale,

    /// <summary>Electrical power; the base is the watt.</summary>
    Power,

    /// <summary>Energy; the base is the watt-hour.</summary>
    Energy,
}

/// <summary>A unit the calculator converts: its names in both languages and its factor to the base of its kind.</summary>
/// <param name="Name">Canonical English name ("GW", "billion").</param>
/// <param name="Chinese">Canonical Chinese name ("吉瓦", "十亿").</param>
/// <param name="Kind">What it measures.</param>
/// <param name="Factor">Size in base units (1e9 for GW).</param>
/// <param name="Aliases">Other spellings, matched ignoring case.</param>
internal sealed record MeasureUnit(string Name, string Chinese, MeasureKind Kind, decimal Factor, params string[] Aliases)
{
    /// <summary>
    /// A value in this very unit, rounded to 3 significant figures: "10,000 MW" / "10,000兆瓦". A conversion shows the
    /// unit asked for, where the figure formatter would pick the unit that reads best ("10 GW").
    /// </summary>
    public string Phrase(decimal value, string language)
    {
        var number = MachineNumber.RoundSignificant(value, CalculatorPlugin.DisplayDigits)
            .ToString("#,##0.##########", System.Globalization.CultureInfo.InvariantCulture);
        return language == Languages.Chinese ? number + Chinese : number + " " + Name;
    }
}
