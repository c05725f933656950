using System.Globalization;

namespace DealBot.Answering.Plugins;

/// <summary>Writes and rounds decimals: machine-readable ("1e10", "100e9") and for people (3 significant figures).</summary>
internal static class MachineNumber
{
    private const int ResultDigits = 12;

    /// <summary>Scientific for large or tiny results ("1e10", "8.76e13"), plain otherwise ("1250", "0.02").</summary>
    public static string Scientific(decimal value)
    {
        var rounded = RoundSignificant(value, ResultDigits);
        var magnitude = Math.Abs(rounded);
        if (rounded == 0 || (magnitude >= 0.001m && magnitude < 1_000_000m))
        {
            return Plain(rounded);
        }

        var exponent = Exponent(rounded);
        var mantissa = rounded / Pow10(exponent);
        return Plain(mantissa) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Engineering notation for large operands ("100e9", "8e6", "6.6e9"), plain otherwise ("10", "8760").</summary>
    public static string Engineering(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude < 1_000_000m)
        {
            return Plain(value);
        }

        var exponent = Exponent(value) / 3 * 3;
        return Plain(value / Pow10(exponent)) + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Invariant digits without exponent or trailing zeros.</summary>
    public static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>Rounds to <paramref name="digits"/> significant figures, half away from zero.</summary>
    public static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var decimals = digits - 1 - Exponent(value);
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }

        var factor = Pow10(-decimals);
        var rounded = Math.Round(value / factor, 0, MidpointRounding.AwayFromZero);
        try
        {
            return rounded * factor;
        }
        catch (OverflowException)
        {
            // Rounding up the largest decimals passes decimal.MaxValue; rounding toward zero always fits.
            return Math.Truncate(value / factor) * factor;
        }
    }

    /// <summary>The power of ten of the leading digit: 3 for 1250, -2 for 0.0196.</summary>
    public static int Exponent(decimal value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude == 0)
        {
            return 0;
        }

        var exponent = 0;
        while (magnitude >= 10)
        {
            magnitude /= 10;
            exponent++;
        }

        while (magnitude < 1)
        {
            magnitude *= 10;
            exponent--;
        }

        return exponent;
    }

    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10;
        }

        return exponent >= 0 ? result : 1 / result;
    }
}
