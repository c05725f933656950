using System.Diagnostics;
using System.Text;
using DealBot.Core.Ingestion;
using DealBot.Knowledge.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using static DealBot.Benchmarks.BenchSupport;

namespace DealBot.Benchmarks;

// Measures what pathological files cost a refresh of a copy of knowledge/ (real MiniLM, embedded store): a 5 MB
// article (refused) and an HTML page of 100,000 nested divs (flattened and read) in the folder must each be dealt with
// in under 2 s, and the refresh must still publish the rest. Also times reading the largest HTML the limits let through, to show that
// extraction stays linear in the page size.
internal static class RefreshFaultBenchmark
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static async Task RunAsync()
    {
        var root = FindRoot();
        var work = Path.Combine(Path.GetTempPath(), "dealbot-bench-faults-" + Guid.NewGuid().ToString("N"));
        var knowledge = Path.Combine(work, "knowledge");
        CopyArticles(Path.Combine(root, "knowledge"), knowledge);
        Console.WriteLine($"DealBot refresh fault benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeMode()}");
        Console.WriteLine();

        try
        {
            using var provider = KnowledgeBenchmark.Compose(knowledge, Path.Combine(work, "data"));
            var refresher = provider.GetRequiredService<IKnowledgeRefresher>();
            var cold = await refresher.RefreshAsync(IngestRequest.SyncOnly);
            Require(cold.Published && cold.Failed.Count == 0, "the copy of knowledge/ did not ingest cleanly");
            var (unchanged, _) = await TimedAsync(refresher);

            var huge = Path.Combine(knowledge, "huge-5mb.md");
            await File.WriteAllTextAsync(huge, HugeArticle(5 * 1024 * 1024));
            var (withHuge, hugeReport) = await TimedAsync(refresher);
            File.Delete(huge);

            var deep = Path.Combine(knowledge, "deep-100k-divs.html");
            await File.WriteAllTextAsync(deep, NestedDivs(100_000));
            var (withDeep, deepReport) = await TimedAsync(refresher);

            await File.WriteAllTextAsync(huge, HugeArticle(5 * 1024 * 1024));
            await File.WriteAllTextAsync(Path.Combine(knowledge, "note-en.md"), "---\nid: bench-note\ntitle: \"A note\"\nlanguage: en\npublished: 2025-10-02\n---\n\nA benchmark note says the quillomatic clause lets Nvidia invest in tranches as each gigawatt is deployed.\n");
            var (withBoth, bothReport) = await TimedAsync(refresher);

            var reader = provider.GetRequiredService<DocumentReader>();
            var pages = new (string Label, string Name, string Html)[]
            {
                ("100,000 nested divs (flattened before parsing)", "deep-100k-divs.html", NestedDivs(100_000)),
                ("paragraphs 250 divs deep, 59,000 elements (the deepest, largest page let through)", "deepest.html", DeepestAllowedPage(59_000)),
                ("1.9 MB of flat paragraphs (the largest page let through)", "widest.html", WidestAllowedPage(1_900_000)),
            };

            Console.WriteLine("| refresh of knowledge/ with | wall time | outcome | budget |");
            Console.WriteLine("|---|---|---|---|");
            Console.WriteLine($"| nothing changed (reference) | {unchanged.TotalMilliseconds:F0} ms | published: false | |");
            Console.WriteLine($"| a 5 MB article | {withHuge.TotalMilliseconds:F0} ms | {Outcome(hugeReport, "huge-5mb.md")} | < {Budget.TotalSeconds:F0} s |");
            Console.WriteLine($"| HTML of 100,000 nested divs (1.1 MB) | {withDeep.TotalMilliseconds:F0} ms | {Outcome(deepReport, "deep-100k-divs.html")} | < {Budget.TotalSeconds:F0} s |");
            Console.WriteLine($"| both, and one good new article (published) | {withBoth.TotalMilliseconds:F0} ms | {bothReport.Added} added, {bothReport.Failed.Count} refused, published: {bothReport.Published} | < {Budget.TotalSeconds:F0} s + embedding the new article |");
            Console.WriteLine();

            // The first read in a process runs the HTML parser's code unoptimised (tiered JIT); the second is the steady state.
            Console.WriteLine("| reading one HTML file (load, clean, cut into passages) | first read | second read | result |");
            Console.WriteLine("|---|---|---|---|");
            foreach (var (label, name, html) in pages)
            {
                var first = ReadTime(reader, name, html);
                var second = ReadTime(reader, name, html);
                Console.WriteLine($"| {label} | {first.Time.TotalMilliseconds:F0} ms | {second.Time.TotalMilliseconds:F0} ms | {second.Result} |");
            }

            Require(withHuge < Budget && withDeep < Budget, $"a pathological file held the refresh for longer than {Budget.TotalSeconds} s");
            Require(hugeReport.Failed.Any(f => f.File == "huge-5mb.md"), "the 5 MB article was not refused");
            Require(bothReport.Published && bothReport.Added == 1, "the good article next to the bad ones was not published");
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<(TimeSpan Time, IngestReport Report)> TimedAsync(IKnowledgeRefresher refresher)
    {
        var watch = Stopwatch.StartNew();
        var report = await refresher.RefreshAsync(IngestRequest.SyncOnly);
        return (watch.Elapsed, report);
    }

    private static (TimeSpan Time, string Result) ReadTime(DocumentReader reader, string name, string html)
    {
        var bytes = Encoding.UTF8.GetBytes(html);
        var watch = Stopwatch.StartNew();
        try
        {
            var document = reader.Read(name, bytes);
            return (watch.Elapsed, $"read, {document.Text.Length:N0} characters of text");
        }
        catch (DealBot.Knowledge.Loading.DocumentLoadException ex)
        {
            return (watch.Elapsed, $"refused: {ex.Message}");
        }
    }

    private static string Outcome(IngestReport report, string file) =>
        report.Failed.FirstOrDefault(f => f.File == file) is { } failure ? $"refused: {failure.Reason}" : "accepted";

    private static string HugeArticle(int bytes)
    {
        var sb = new StringBuilder("---\nid: huge\ntitle: \"Huge\"\nlanguage: en\npublished: 2025-10-02\n---\n\n");
        while (sb.Length < bytes)
        {
            sb.Append("Nvidia's planned investment in OpenAI is discussed in this very long paragraph, again and again.\n\n");
        }

        return sb.ToString();
    }

    private static string NestedDivs(int depth) =>
        "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>Deep text about Nvidia and OpenAI.</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    private static string WidestAllowedPage(int bytes)
    {
        var sb = new StringBuilder("<html><head><title>Wide</title><meta property=\"article:published_time\" content=\"2025-10-02\"></head><body><article>");
        for (var i = 0; sb.Length < bytes; i++)
        {
            sb.Append("<p>Paragraph ").Append(i).Append(" says Nvidia plans to invest up to US$100 billion in OpenAI as systems are deployed.</p>");
        }

        return sb.Append("</article></body></html>").ToString();
    }

    private static string DeepestAllowedPage(int elements)
    {
        var sb = new StringBuilder("<html><head><title>Deep</title></head><body>");
        var open = string.Concat(Enumerable.Repeat("<div>", 250));
        var close = string.Concat(Enumerable.Repeat("</div>", 250));
        for (var i = 0; (i + 1) * 251 < elements; i++)
        {
            sb.Append(open).Append("<p>Paragraph ").Append(i).Append(" says Nvidia plans to invest up to US$100 billion in OpenAI.</p>").Append(close);
        }

        return sb.Append("</body></html>").ToString();
    }

    private static void CopyArticles(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }
}
