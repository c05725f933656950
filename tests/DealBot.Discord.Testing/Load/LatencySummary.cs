namespace DealBot.Discord.Testing.Load;

/// <summary>Nearest-rank percentiles of a set of delays (the smallest delay that at least p of them do not exceed).</summary>
public sealed record LatencySummary(int Count, TimeSpan P50, TimeSpan P95, TimeSpan P99, TimeSpan Max)
{
    public static LatencySummary Empty { get; } = new(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);

    public static LatencySummary Of(IEnumerable<TimeSpan> delays)
    {
        var sorted = delays.Order().ToList();
        return sorted.Count == 0
            ? Empty
            : new LatencySummary(sorted.Count, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted[^1]);
    }

    /// <summary>The nearest-rank <paramref name="p"/>-th percentile (0 &lt; p ≤ 1) of ascending <paramref name="sorted"/>.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(p);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
