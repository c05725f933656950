namespace DealBot.Discord.Testing.Load;

/// <summary>
/// One resource sampled through a soak (working set, GC heap, threads, handles): the sample after warm-up it is
/// judged against, the last one, and whether it stayed flat (within a tolerance of the baseline, either way).
/// </summary>
public sealed record ResourceTrend(string Measure, double Baseline, double Last, double Peak)
{
    /// <summary>The change from baseline to the last sample, as a fraction of the baseline (0.05 is +5 %).</summary>
    public double Change => Baseline == 0 ? (Last == 0 ? 0 : double.PositiveInfinity) : (Last - Baseline) / Baseline;

    public bool IsFlatWithin(double tolerance) => Math.Abs(Change) <= tolerance;

    /// <param name="samples">In the order taken, one a minute.</param>
    /// <param name="warmupSamples">Samples taken before the rate was steady; the first one after them is the baseline.</param>
    public static ResourceTrend Of(string measure, IReadOnlyList<double> samples, int warmupSamples)
    {
        ArgumentOutOfRangeException.ThrowIfZero(samples.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(warmupSamples);
        var baseline = samples[Math.Min(warmupSamples, samples.Count - 1)];
        return new ResourceTrend(measure, baseline, samples[^1], samples.Max());
    }
}
