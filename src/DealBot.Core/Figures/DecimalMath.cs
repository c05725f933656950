namespace DealBot.Core.Figures;

/// <summary>
/// Decimal arithmetic that reports overflow instead of throwing: a numeral too large for <see cref="decimal"/>
/// ("999999999999999999999999 billion", "一亿亿亿亿") is not a figure, and must never end an answer or an ingest.
/// </summary>
internal static class DecimalMath
{
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = 0m;
        var absA = Math.Abs(a);
        var absB = Math.Abs(b);
        if (absA > 1m && absB > 1m && absA > decimal.MaxValue / absB)
        {
            return false;
        }

        try
        {
            product = a * b;
            return true;
        }
        catch (OverflowException)
        {
            // The division above rounds; a product within a rounding step of the limit is caught here.
            return false;
        }
    }

    public static bool TryAdd(decimal a, decimal b, out decimal sum)
    {
        sum = 0m;
        if ((a > 0m && b > decimal.MaxValue - a) || (a < 0m && b < decimal.MinValue - a))
        {
            return false;
        }

        try
        {
            sum = a + b;
            return true;
        }
        catch (OverflowException)
        {
            // A fraction added to the largest integers rounds up past the limit.
            sum = 0m;
            return false;
        }
    }
}
