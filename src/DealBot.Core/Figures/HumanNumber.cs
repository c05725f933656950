using System.Globalization;

namespace DealBot.Core.Figures;

/// <summary>Rounds and prints a number for people: at most three decimals (four significant digits below one).</summary>
internal static class HumanNumber
{
    private const int Decimals = 3;
    private const int SmallSignificant = 4;

    public static string Format(decimal value, bool thousandsSeparators)
    {
        var rounded = Round(value);
        return rounded.ToString(thousandsSeparators ? "#,0.##########" : "0.##########", CultureInfo.InvariantCulture);
    }

    public static decimal Round(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude >= 1m || magnitude == 0m)
        {
            return Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        }

        // 0.001234 keeps "0.001234": three decimals would turn it into 0.001, 19% off.
        var decimals = SmallSignificant - 1;
        for (var scaled = magnitude; scaled < 1m && decimals < 20; scaled *= 10m)
        {
            decimals++;
        }

        return Math.Round(value, decimals - 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>True when the printed mantissa is a whole multiple of ten ("800", "10"), which reads well with "多".</summary>
    public static bool IsRoundTens(decimal mantissa) => mantissa >= 10m && mantissa % 10m == 0m;
}
