using System.Globalization;

namespace DealBot.Benchmarks;

/// <summary>Prints the scale figures as one Markdown table: a column per size, the issue's target, and growth factors.</summary>
internal static class ScaleTable
{
    public static void Print(IReadOnlyList<ScaleFigures> sizes)
    {
        var rows = new (string Measure, Func<ScaleFigures, double> Value, string Format, string Target)[]
        {
            ("articles (10 real + N synthetic)", f => f.Articles, "F0", ""),
            ("passages", f => f.Passages, "F0", ""),
            ("cold ingest, s (model prepared beforehand)", f => f.ColdSeconds, "F1", ""),
            ("cold ingest, passages/s", f => f.PassagesPerSecond, "F1", "≥ 2 × one core"),
            ("embedding stage alone, passages/s", f => f.EmbeddedPerSecond, "F1", ""),
            ("re-ingest, nothing changed, ms", f => f.UnchangedMilliseconds, "F0", ""),
            ("re-ingest, one article changed, ms", f => f.ChangedMilliseconds, "F0", "≤ 2000 at 5,000"),
            ("… passages embedded for it", f => f.ChangedEmbedded, "F0", ""),
            ("… reading the folder, ms", f => f.ChangedPrepareMilliseconds, "F0", ""),
            ("… preparing passages (article cache, or cut and analysed), ms", f => f.ChangedCutMilliseconds, "F0", ""),
            ("… embedding and weighing, ms", f => f.ChangedEmbedMilliseconds, "F0", ""),
            ("… publishing, ms", f => f.ChangedPublishMilliseconds, "F0", ""),
            ("index generation on disk, MB", f => f.IndexBytes / 1048576.0, "F1", ""),
            ("embedding cache on disk, MB", f => f.CacheBytes / 1048576.0, "F1", ""),
            ("search p50, ms (query embedded)", f => f.SearchP50, "F1", ""),
            ("search p95, ms (query embedded)", f => f.SearchP95, "F1", "≤ 20 at 5,000"),
            ("answer p50, ms (question embedded)", f => f.AnswerP50, "F1", ""),
            ("answer p95, ms (question embedded)", f => f.AnswerP95, "F1", ""),
            ("peak working set, MB", f => f.PeakWorkingSet / 1048576.0, "F0", "≤ 500 at 5,000"),
        };

        var header = "| measure | " + string.Join(" | ", sizes.Select(s => $"N = {s.Synthetic}")) + " | target |";
        var growthHeader = string.Join(" | ", sizes.Zip(sizes.Skip(1)).Select(p => $"×{p.First.Synthetic}→{p.Second.Synthetic}"));
        Console.WriteLine(header.TrimEnd('|') + (sizes.Count > 1 ? "| growth " + growthHeader + " |" : "|"));
        Console.WriteLine("|" + string.Concat(Enumerable.Repeat("---|", sizes.Count + 2 + Math.Max(0, sizes.Count - 1))));
        foreach (var (measure, value, format, target) in rows)
        {
            var cells = sizes.Select(s => value(s).ToString(format, CultureInfo.InvariantCulture));
            var growth = sizes.Zip(sizes.Skip(1)).Select(p => value(p.First) == 0 ? "–" : (value(p.Second) / value(p.First)).ToString("F2", CultureInfo.InvariantCulture));
            Console.WriteLine($"| {measure} | {string.Join(" | ", cells)} | {target} |" + (sizes.Count > 1 ? $" {string.Join(" | ", growth)} |" : string.Empty));
        }

        foreach (var stage in sizes.SelectMany(s => s.Stages).Select(s => s.Stage).Distinct(StringComparer.Ordinal))
        {
            var cells = sizes.Select(s => s.Stages.FirstOrDefault(p => p.Stage == stage) is { } peak
                ? $"{peak.WorkingSetMb.ToString("F0", CultureInfo.InvariantCulture)} / {peak.GcHeapMb.ToString("F0", CultureInfo.InvariantCulture)}"
                : "–");
            Console.WriteLine($"| … highest working set / GC heap during {stage}, MB | {string.Join(" | ", cells)} | |" + (sizes.Count > 1 ? string.Concat(Enumerable.Repeat(" |", sizes.Count - 1)) : string.Empty));
            var parts = sizes.Select(s => s.Stages.FirstOrDefault(p => p.Stage == stage) is { } peak
                ? $"{peak.GcCommittedMb.ToString("F0", CultureInfo.InvariantCulture)} / {peak.AnonymousMb.ToString("F0", CultureInfo.InvariantCulture)} / {peak.FilesMb.ToString("F0", CultureInfo.InvariantCulture)}"
                : "–");
            Console.WriteLine($"| … … at that peak: GC committed / anonymous / mapped files, MB | {string.Join(" | ", parts)} | |" + (sizes.Count > 1 ? string.Concat(Enumerable.Repeat(" |", sizes.Count - 1)) : string.Empty));
        }
    }
}
