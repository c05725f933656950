using System.ComponentModel;
using DealBot.Core.Documents;
using DealBot.Core.Figures;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Decimal arithmetic over the deal's figures, for the model (as tools) and the offline composer (as methods). Every
/// result carries a machine-readable expression, the exact value, a display rounded to 3 significant figures in the
/// answer's language (written by the one <see cref="FigureFormatter"/>, as curated figures are) and the references of
/// the cited figures it used. Bad arguments throw <see cref="CalculationException"/>, and so does a computation whose
/// result does not fit a decimal ("The result is too large to compute."): never an <see cref="OverflowException"/>.
/// </summary>
public sealed class CalculatorPlugin(FigureFormatter formatter)
{
    /// <summary>Significant figures of a displayed result: enough to check, few enough to read.</summary>
    public const int DisplayDigits = 3;

    private const string LanguageHelp = "Language of the displayed result: \"en\" or \"zh\".";
    private const string InputsHelp = "References of the cited figures used, as \"source_id#figure_id\".";

    /// <summary>a / b: how many times one amount is another.</summary>
    [KernelFunction, Description("How many times one amount is another (a / b), e.g. Stargate's US$500 billion vs Nvidia's US$100 billion = 5 times. Both amounts in the same unit.")]
    public CalculationResult Ratio(
        [Description("The amount being compared, e.g. 500000000000.")] decimal amount,
        [Description("The amount it is compared with, in the same unit, e.g. 100000000000.")] decimal comparedWith,
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        var value = Divide(amount, comparedWith, nameof(comparedWith));
        return Build($"{Eng(amount)} / {Eng(comparedWith)}", value, "x", Show(FigureKind.Multiple, value, FigureUnits.Multiple, language), inputs);
    }

    /// <summary>The stake an investment buys: investment / valuation (pre-money) or investment / (valuation + investment).</summary>
    [KernelFunction, Description("The share of a company an investment buys, in percent: investment / valuation (pre-money), or investment / (valuation + investment) when postMoney is true. US$10 billion at a US$500 billion valuation = 2% (1.96% post-money).")]
    public CalculationResult ShareOfValuation(
        [Description("The investment, e.g. 10000000000 for US$10 billion.")] decimal investment,
        [Description("The company's valuation in the same currency, e.g. 500000000000.")] decimal valuation,
        [Description("True to count the valuation after the investment (post-money).")] bool postMoney = false,
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        if (investment < 0)
        {
            throw new CalculationException($"The investment cannot be negative (got {Plain(investment)}).");
        }

        if (valuation <= 0)
        {
            throw new CalculationException($"The valuation must be positive (got {Plain(valuation)}).");
        }

        var basis = postMoney ? Checked(() => valuation + investment) : valuation;
        var value = Checked(() => investment / basis * 100m);
        var expression = postMoney
            ? $"{Eng(investment)} / ({Eng(valuation)} + {Eng(investment)}) * 100"
            : $"{Eng(investment)} / {Eng(valuation)} * 100";
        return Build(expression, value, "%", Show(FigureKind.Percent, value, FigureUnits.Percent, language), inputs);
    }

    /// <summary>An amount per unit: US$100 billion / 10 GW, 10 GW / 8 million households.</summary>
    [KernelFunction, Description("An amount per unit: money or power divided by a number of units, e.g. US$100 billion / 10 GW = US$10 billion per GW; 10 GW / 8 million households = 1.25 kW per household; US$100 billion / 700 million weekly users.")]
    public CalculationResult PerUnit(
        [Description("The amount to divide, in amountUnit, e.g. 100000000000 (USD) or 10 (GW).")] decimal amount,
        [Description("How many units it is divided by, e.g. 10 (GW) or 8000000 (households).")] decimal count,
        [Description("What one unit is: \"GW\", \"household\", \"weekly user\"...")] string per,
        [Description("Unit of the amount: a currency code (USD) or a power unit (GW, MW, kW, W).")] string amountUnit = "USD",
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        if (count <= 0)
        {
            throw count == 0
                ? new CalculationException($"Cannot divide by zero: the number of units ({per}) is 0.")
                : new CalculationException($"The number of units ({per}) must be positive (got {Plain(count)}).");
        }

        var unit = AmountUnit.Resolve(amountUnit);
        var normalised = Checked(() => unit.Factor * amount);
        if (!unit.IsMoney && normalised < 0)
        {
            throw new CalculationException($"The amount cannot be negative (got {Plain(amount)} {amountUnit}).");
        }

        var label = PerUnitLabel.For(per);
        var value = Divide(normalised, count, nameof(count));
        var lang = Lang(language);
        var display = label.Phrase(Show(unit.Kind, value, unit.Unit, lang), lang);
        return Build($"{Eng(normalised)} / {Eng(count)}", value, $"{unit.Unit}/{label.Key}", display, inputs);
    }

    /// <summary>N units at an equal per-unit rate: 3 GW × US$10 billion per GW = US$30 billion.</summary>
    [KernelFunction, Description("The amount for N units at an equal per-unit rate, e.g. 3 GW x US$10 billion per GW = US$30 billion. Use PerUnit first to get the rate.")]
    public CalculationResult Scale(
        [Description("How many units, e.g. 3 (GW).")] decimal units,
        [Description("The amount per unit, in amountUnit, e.g. 10000000000.")] decimal ratePerUnit,
        [Description("Unit of the rate's amount: a currency code (USD) or a power unit.")] string amountUnit = "USD",
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        if (units < 0)
        {
            throw new CalculationException($"The number of units cannot be negative (got {Plain(units)}).");
        }

        var unit = AmountUnit.Resolve(amountUnit);
        var rate = Checked(() => unit.Factor * ratePerUnit);
        var value = Checked(() => units * rate);
        return Build($"{Eng(units)} * {Eng(rate)}", value, unit.Unit, Show(unit.Kind, value, unit.Unit, language), inputs);
    }

    /// <summary>a − b, which may be negative.</summary>
    [KernelFunction, Description("The difference a - b of two amounts in the same unit (may be negative), e.g. US$100 billion - US$10 billion = US$90 billion.")]
    public CalculationResult Difference(
        [Description("The amount to subtract from, e.g. 100000000000.")] decimal amount,
        [Description("The amount to subtract, same unit, e.g. 10000000000.")] decimal subtract,
        [Description("Unit of both amounts: a currency code (USD), a power or energy unit, or \"count\".")] string unit = "USD",
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        var resolved = AmountUnit.Resolve(unit);
        var a = Checked(() => resolved.Factor * amount);
        var b = Checked(() => resolved.Factor * subtract);
        var value = Checked(() => a - b);
        return Build($"{Eng(a)} - {Eng(b)}", value, resolved.Unit, Show(resolved.Kind, value, resolved.Unit, language), inputs);
    }

    /// <summary>What is left of a total after a part: 100 − 10 = 90.</summary>
    [KernelFunction, Description("What remains of a total after a part of it, e.g. US$100 billion planned - US$10 billion first tranche = US$90 billion remaining. The part cannot exceed the total.")]
    public CalculationResult Remainder(
        [Description("The total, e.g. 100000000000.")] decimal total,
        [Description("The part already used or paid, same unit, e.g. 10000000000.")] decimal part,
        [Description("Unit of both amounts: a currency code (USD), a power or energy unit, or \"count\".")] string unit = "USD",
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        if (total < 0 || part < 0)
        {
            throw new CalculationException($"The total and the part cannot be negative (got {Plain(total)} and {Plain(part)}).");
        }

        if (part > total)
        {
            throw new CalculationException($"The part ({Plain(part)}) is larger than the total ({Plain(total)}); nothing remains.");
        }

        return Difference(total, part, unit, language, inputs);
    }

    /// <summary>(to − from) / from, in percent.</summary>
    [KernelFunction, Description("The percentage change from one value to another: (to - from) / from * 100.")]
    public CalculationResult PercentChange(
        [Description("The value before.")] decimal from,
        [Description("The value after, same unit.")] decimal to,
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        var change = Checked(() => to - from);
        var value = Checked(() => Divide(change, from, nameof(from)) * 100m);
        return Build($"({Eng(to)} - {Eng(from)}) / {Eng(from)} * 100", value, "%", Show(FigureKind.Percent, value, FigureUnits.Percent, language), inputs);
    }

    /// <summary>Converts between units of power, of energy, or of scale (billion ↔ 亿 ↔ 万); power to energy over hours.</summary>
    [KernelFunction, Description("Converts a value between units: power (W, kW, MW, GW/吉瓦/千兆瓦, TW), energy (Wh, kWh, MWh, GWh, TWh), or scale words (thousand, 万, million, 亿, billion, trillion, 万亿): 1000 亿 = 100 billion. Power to energy assumes a full year (8,760 h) unless hours is given: 10 GW = 87.6 TWh a year.")]
    public CalculationResult ConvertUnit(
        [Description("The value to convert, e.g. 1000.")] decimal value,
        [Description("Its unit, e.g. \"亿\", \"GW\".")] string fromUnit,
        [Description("The unit wanted, e.g. \"billion\", \"MW\", \"TWh\".")] string toUnit,
        [Description("Hours of running, for power to energy; a full year (8760) when omitted.")] decimal? hours = null,
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        var from = MeasureUnits.Get(fromUnit);
        var to = MeasureUnits.Get(toUnit);
        if (from.Kind == MeasureKind.Power && to.Kind == MeasureKind.Energy)
        {
            return PowerToEnergy(value, fromUnit, hours ?? MeasureUnits.HoursPerYear, toUnit, language, inputs);
        }

        if (from.Kind != to.Kind)
        {
            throw new CalculationException($"Cannot convert {from.Kind.ToString().ToLowerInvariant()} ({fromUnit}) to {to.Kind.ToString().ToLowerInvariant()} ({toUnit}).");
        }

        if (from.Kind != MeasureKind.Scale && value < 0)
        {
            throw new CalculationException($"A {from.Kind.ToString().ToLowerInvariant()} cannot be negative (got {Plain(value)} {fromUnit}).");
        }

        var result = Checked(() => value * from.Factor / to.Factor);
        var lang = Lang(language);
        var display = from.Kind == MeasureKind.Scale
            ? Show(FigureKind.Count, Checked(() => result * to.Factor), FigureUnits.Count, lang)
            : to.Phrase(result, lang);
        return Build($"{Eng(value)} * {Eng(from.Factor)} / {Eng(to.Factor)}", result, to.Name, display, inputs);
    }

    /// <summary>Energy of a power running for some hours: 10 GW × 8,760 h = 87.6 TWh.</summary>
    [KernelFunction, Description("The energy used by a power running for a number of hours, e.g. 10 GW for a full year (8,760 h) = 87.6 TWh.")]
    public CalculationResult PowerToEnergy(
        [Description("The power, e.g. 10.")] decimal power,
        [Description("Its unit: W, kW, MW, GW or TW.")] string powerUnit = "GW",
        [Description("Hours of running; 8760 is a full year.")] decimal hours = MeasureUnits.HoursPerYear,
        [Description("The energy unit wanted: Wh, kWh, MWh, GWh or TWh.")] string energyUnit = "TWh",
        [Description(LanguageHelp)] string language = Languages.English,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        var from = MeasureUnits.GetPower(powerUnit);
        var to = MeasureUnits.GetEnergy(energyUnit);
        if (power < 0 || hours < 0)
        {
            throw new CalculationException($"Power and hours cannot be negative (got {Plain(power)} {powerUnit} and {Plain(hours)} h).");
        }

        var watts = Checked(() => power * from.Factor);
        var result = Checked(() => watts * hours / to.Factor);
        var display = to.Phrase(result, Lang(language));
        return Build($"{Eng(watts)} * {Eng(hours)} / {Eng(to.Factor)}", result, to.Name, display, inputs);
    }

    /// <summary>Evaluates an arithmetic expression in machine form; the offline engine re-runs its calculations with it.</summary>
    [KernelFunction, Description("Evaluates arithmetic on plain numbers: + - * / and parentheses, numbers like 100e9 or 8760, e.g. '(100e9 - 10e9) / 10' = 9e9. Use the other functions when units are involved.")]
    public CalculationResult Evaluate(
        [Description("The expression, e.g. '100e9 / 10'.")] string expression,
        [Description(InputsHelp)] string[]? inputs = null)
    {
        var value = ArithmeticExpression.Evaluate(expression);
        return Build(expression.Trim(), value, "number", MachineNumber.Scientific(value), inputs);
    }

    private string Show(FigureKind kind, decimal value, string unit, string? language) =>
        formatter.Format(kind, MachineNumber.RoundSignificant(value, DisplayDigits), unit, Qualifier.Exact, Lang(language));

    private static CalculationResult Build(string expression, decimal value, string unit, string display, string[]? inputs) =>
        new(expression, MachineNumber.Scientific(value), value, unit, display, inputs?.Where(i => !string.IsNullOrWhiteSpace(i)).ToArray() ?? []);

    private static decimal Divide(decimal numerator, decimal denominator, string name) =>
        denominator == 0
            ? throw new CalculationException($"Cannot divide by zero: '{name}' is 0.")
            : Checked(() => numerator / denominator);

    private static decimal Checked(Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException ex)
        {
            throw new CalculationException("The result is too large to compute.", ex);
        }
    }

    private static string Lang(string? language) => Languages.Normalize(language) ?? Languages.English;

    private static string Eng(decimal value) => MachineNumber.Engineering(value);

    private static string Plain(decimal value) => MachineNumber.Plain(value);
}
