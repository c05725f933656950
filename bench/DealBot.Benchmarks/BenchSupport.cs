using System.Diagnostics;

namespace DealBot.Benchmarks;

/// <summary>What every benchmark shares: the repository root, percentiles, the build mode.</summary>
internal static class BenchSupport
{
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Rate(int hits, int n) => $"{(double)hits / n:P1} ({hits}/{n})";

    public static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    public static string RuntimeMode() =>
    #if DEBUG
        "Debug build (use -c Release for figures)";
    #else
        "Release build";
    #endif

    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DealBot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("DealBot.sln not found");
    }
}
