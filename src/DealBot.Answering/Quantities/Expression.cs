using System.Globalization;

namespace DealBot.Answering.Quantities;

/// <summary>An arithmetic operation of a calculation.</summary>
public enum Operation
{
    Multiply,
    Divide,
    Subtract,
    Add,
}

/// <summary>A calculation over operands: a leaf, or an operation on two expressions. Evaluates with units.</summary>
public abstract record Expression
{
    /// <summary>The operands, left to right.</summary>
    public abstract IEnumerable<Operand> Leaves { get; }

    /// <summary>How many operations it takes.</summary>
    public abstract int Operations { get; }

    /// <summary>The result, or null when it cannot be computed (units that do not combine, division by zero, overflow).</summary>
    public abstract Quantity? Evaluate();

    /// <summary>Machine-readable form ("45e9 * 3 / 1"), as the answer contract's calculation expression.</summary>
    public abstract string Machine();
}

/// <summary>One operand.</summary>
public sealed record Leaf(Operand Operand) : Expression
{
    public override IEnumerable<Operand> Leaves => [Operand];

    public override int Operations => 0;

    public override Quantity? Evaluate() => Operand.Quantity;

    // Power is written in GW, as the sources give it ("100e9 / 10" is US$100 billion over 10 GW); every other
    // quantity in its base unit (hours, units of a currency, things); a percentage as the fraction it multiplies by
    // ("4.4%" is 0.044).
    public override string Machine() => Number(
        Operand.Quantity.IsPercent ? Operand.Quantity.Value / 100m
        : Operand.Quantity.Dimension.Exponents.TryGetValue(Dimension.Power, out var power) ? Operand.Quantity.Value * Pow(Gigawatt, power)
        : Operand.Quantity.Value);

    private const decimal Gigawatt = 1e-9m;

    private static decimal Pow(decimal factor, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result = exponent > 0 ? result * factor : result / factor;
        }

        return result;
    }

    internal static string Number(decimal value) => Plugins.MachineNumber.Engineering(value);
}

/// <summary>An operation on two expressions.</summary>
public sealed record Binary(Operation Operation, Expression Left, Expression Right) : Expression
{
    public override IEnumerable<Operand> Leaves => Left.Leaves.Concat(Right.Leaves);

    public override int Operations => 1 + Left.Operations + Right.Operations;

    public override Quantity? Evaluate()
    {
        if (Left.Evaluate() is not { } a || Right.Evaluate() is not { } b)
        {
            return null;
        }

        try
        {
            return Operation switch
            {
                Operation.Multiply when !a.IsPercent && !b.IsPercent => new Quantity(a.Value * b.Value, a.Dimension * b.Dimension),

                // "4.4% of $34,000": a share of an amount is an amount.
                Operation.Multiply when a.IsPercent != b.IsPercent => new Quantity(a.Value * b.Value / 100m, a.IsPercent ? b.Dimension : a.Dimension),
                Operation.Divide when b.Value != 0 && !a.IsPercent && !b.IsPercent => new Quantity(a.Value / b.Value, a.Dimension / b.Dimension),

                // "Oracle's rise is how many times Nvidia's?": one percentage over another is a plain ratio.
                Operation.Divide when b.Value != 0 && a.IsPercent && b.IsPercent && a.Dimension.Equals(b.Dimension) => new Quantity(a.Value / b.Value, Dimension.None),
                Operation.Subtract when a.Dimension.Equals(b.Dimension) && a.IsPercent == b.IsPercent => new Quantity(a.Value - b.Value, a.Dimension, a.IsPercent),
                Operation.Add when a.Dimension.Equals(b.Dimension) && a.IsPercent == b.IsPercent => new Quantity(a.Value + b.Value, a.Dimension, a.IsPercent),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public override string Machine()
    {
        var symbol = Operation switch
        {
            Operation.Multiply => "*",
            Operation.Divide => "/",
            Operation.Subtract => "-",
            _ => "+",
        };
        var left = Left is Binary ? $"({Left.Machine()})" : Left.Machine();
        var right = Right is Binary ? $"({Right.Machine()})" : Right.Machine();
        return string.Create(CultureInfo.InvariantCulture, $"{left} {symbol} {right}");
    }
}
