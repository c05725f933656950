using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DealBot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static DealBot.Benchmarks.BenchSupport;

namespace DealBot.Benchmarks;

/// <summary>
/// How cost grows with the knowledge base: each size is measured by <see cref="ScaleRun"/> in a child process of its
/// own, then one Markdown table of the figures, the issue's targets, and the growth factor from each size to the next.
/// Usage: <c>scale [sizes…] [--embedding-threads N]</c>; sizes are numbers of synthetic articles (default 10 100 1000).
/// </summary>
internal static class ScaleBenchmark
{
    private const string ResultPrefix = "SCALE-RESULT ";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var threads = Option(args, "--embedding-threads");
        var sizes = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--embedding-threads"))
            .Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).ToList();
        if (sizes is [-1])
        {
            sizes = [10, 100, 1000];
        }

        var models = await PrepareModelAsync();
        Console.WriteLine($"DealBot scale benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeMode()}, embedding threads: {threads?.ToString(CultureInfo.InvariantCulture) ?? "default"}");
        Console.WriteLine("Each size: the 10 real articles of knowledge/ (facts.yaml quotes them) plus N synthetic ones (seeded), in a process of its own.");
        Console.WriteLine();
        var figures = new List<ScaleFigures>();
        foreach (var size in sizes)
        {
            var one = await MeasureInChildAsync(size, threads, models);
            if (one is null)
            {
                return 1;
            }

            figures.Add(one);
            Console.Error.WriteLine($"N = {size}: done ({one.Passages} passages, cold {one.ColdSeconds:F1} s)");
        }

        ScaleTable.Print(figures);
        return 0;
    }

    /// <summary>The child's side: measures one size and prints its figures as one JSON line.</summary>
    public static async Task<int> RunOneAsync(IReadOnlyList<string> args)
    {
        var figures = await ScaleRun.MeasureAsync(int.Parse(args[0], CultureInfo.InvariantCulture), Option(args, "--embedding-threads"), args[1]);
        Console.WriteLine(ResultPrefix + JsonSerializer.Serialize(figures));
        return 0;
    }

    private static async Task<ScaleFigures?> MeasureInChildAsync(int size, int? threads, string models)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(ScaleBenchmark).Assembly.Location);
        start.ArgumentList.Add("scale-one");
        start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(models);
        if (threads is { } t)
        {
            start.ArgumentList.Add("--embedding-threads");
            start.ArgumentList.Add(t.ToString(CultureInfo.InvariantCulture));
        }

        using var child = Process.Start(start)!;
        var errors = child.StandardError.ReadToEndAsync();
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            await Console.Error.WriteLineAsync($"N = {size}: the measuring process exited with {child.ExitCode}: {await errors}");
            return null;
        }

        return JsonSerializer.Deserialize<ScaleFigures>(line[ResultPrefix.Length..]);
    }

    // Cold ingest is measured with the model already prepared (copied out and quantised once per machine), so that
    // its figure is the cost of the articles; the model's own first-run cost is the knowledge benchmark's.
    private static async Task<string> PrepareModelAsync()
    {
        var models = Path.Combine(Path.GetTempPath(), "dealbot-bench-scale-models");
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKnowledge(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:SourceDirectory"] = Path.Combine(FindRoot(), "knowledge"),
            ["Knowledge:ModelDirectory"] = models,
            ["Knowledge:DataDirectory"] = Path.Combine(models, "unused"),
        }).Build());
        using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DealBot.Knowledge.Embedding.MiniLmEmbedder>().WarmUpAsync();
        return models;
    }

    private static int? Option(IReadOnlyList<string> args, string name)
    {
        var at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }
}
