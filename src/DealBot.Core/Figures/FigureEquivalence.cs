namespace DealBot.Core.Figures;

/// <summary>
/// Decides whether two figures state the same number: "US$10 billion", "$10bn" and "100亿美元" do; "$300 billion"
/// and "$100 billion" do not. The grounding verifier relies on it.
/// </summary>
/// <remarks>
/// Figures match when kind and unit agree (currencies must be the same) and the values differ by at most the
/// relative tolerance (0.5% by default: 1.96 matches 1.9608, but 2 does not match 1.96). Qualifiers are not
/// compared: "up to US$100 billion" and "US$100 billion" state the same number; callers that care compare
/// <see cref="Figure.Qualifier"/> themselves. Dates match when one period contains the other ("October 2024" and
/// "2024"; "2026年底" and "end of 2026"); a date without a period (a day with no year) matches nothing.
/// </remarks>
public sealed class FigureEquivalence
{
    /// <summary>The default relative tolerance: 0.5%.</summary>
    public const decimal DefaultTolerance = 0.005m;

    private readonly decimal _tolerance;

    /// <summary>Creates a comparer with the <see cref="DefaultTolerance"/>.</summary>
    public FigureEquivalence()
        : this(DefaultTolerance)
    {
    }

    /// <summary>Creates a comparer with a relative tolerance (0.005 = 0.5%).</summary>
    public FigureEquivalence(decimal relativeTolerance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(relativeTolerance);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(relativeTolerance, 1m);
        _tolerance = relativeTolerance;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> state the same number (or overlapping periods).</summary>
    public bool Matches(Figure a, Figure b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Kind != b.Kind || !string.Equals(a.Unit, b.Unit, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (a.Kind == FigureKind.Date)
        {
            return a.From is { } aFrom && a.To is { } aTo && b.From is { } bFrom && b.To is { } bTo
                && ((aFrom <= bFrom && bTo <= aTo) || (bFrom <= aFrom && aTo <= bTo));
        }

        return ValuesMatch(a.Value, b.Value);
    }

    /// <summary>True when two values are equal within the relative tolerance.</summary>
    public bool ValuesMatch(decimal a, decimal b)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Sign(a) != Math.Sign(b))
        {
            return false;
        }

        return Math.Abs(a - b) <= _tolerance * Math.Max(Math.Abs(a), Math.Abs(b));
    }

    /// <summary>The first figure of <paramref name="haystack"/> that matches <paramref name="needle"/>, or null.</summary>
    public Figure? Find(Figure needle, IEnumerable<Figure> haystack)
    {
        ArgumentNullException.ThrowIfNull(needle);
        ArgumentNullException.ThrowIfNull(haystack);
        foreach (var candidate in haystack)
        {
            if (Matches(needle, candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
