using System.Globalization;
using System.Text.RegularExpressions;
using DealBot.Answering.Plugins;
using DealBot.Core.Answers;
using DealBot.Core.Figures;

namespace DealBot.Answering.Verification;

/// <summary>
/// The numbers a calculation vouches for: its result (from Result and Unit), whatever its display states, the dates
/// and operands of its expression. Operands come without units ("100e9 / 10" divides by 10 GW), so they are kept apart.
/// </summary>
internal static partial class CalculationFigures
{
    private static readonly decimal[] OperandScales = [1m, 1e3m, 1e4m, 1e6m, 1e8m, 1e9m, 1e12m];

    /// <summary>The result as a figure, when its unit is one the verifier understands.</summary>
    public static Figure? Result(Calculation calculation)
    {
        if (!decimal.TryParse(calculation.Result, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        // "USD/GW" and "W/household" state an amount of the numerator's unit.
        var unit = (calculation.Unit ?? string.Empty).Split('/')[0].Trim();
        var (kind, normalised, factor) = unit switch
        {
            "%" => (FigureKind.Percent, FigureUnits.Percent, 1m),
            "x" => (FigureKind.Multiple, FigureUnits.Multiple, 1m),
            "count" or "days" or "" => (FigureKind.Count, FigureUnits.Count, 1m),
            _ when AmountUnitOf(unit) is { } amount => amount,
            _ => ((FigureKind?)null, string.Empty, 0m),
        };
        return kind is { } k ? new Figure(k, value * factor, normalised, Qualifier.Exact, calculation.Result, 0, 0) : null;
    }

    /// <summary>The numbers in the expression, as plain values ("100e9", "10", "8760").</summary>
    public static IEnumerable<decimal> Operands(Calculation calculation)
    {
        foreach (Match m in Operand().Matches(IsoDate().Replace(calculation.Expression, " ")))
        {
            if (decimal.TryParse(m.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                yield return value;
            }
        }
    }

    /// <summary>True when <paramref name="value"/> is an operand at some scale (10 GW = 10 × 1e9 W; 800万 = 8e6).</summary>
    public static bool MatchesOperand(decimal value, decimal operand, FigureEquivalence equivalence) =>
        OperandScales.Any(scale => equivalence.ValuesMatch(value, operand * scale));

    /// <summary>The ISO dates of a date calculation's expression ("2026-11-28 - 2025-09-22").</summary>
    public static IEnumerable<Figure> Dates(Calculation calculation)
    {
        foreach (Match m in IsoDate().Matches(calculation.Expression))
        {
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                yield return new Figure(FigureKind.Date, day.Year, FigureUnits.Date, Qualifier.Exact, m.Value, 0, 0, day, day);
            }
        }
    }

    private static (FigureKind?, string, decimal)? AmountUnitOf(string unit)
    {
        try
        {
            var amount = AmountUnit.Resolve(unit);
            return (amount.Kind, amount.Unit, amount.Factor);
        }
        catch (CalculationException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\d+(?:\.\d+)?(?:e-?\d+)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Operand();
}
