using System.Diagnostics;
using System.Text;
using DealBot.Knowledge.Loading;
using static DealBot.Benchmarks.BenchSupport;

namespace DealBot.Benchmarks;

// Measures HTML extraction (nesting limit, parse, survey, blocks, container, filter, metadata) on hostile pages of
// growing size, to show the cost grows with the page and not with its square, and on the saved-page fixtures.
internal static class PageExtractionBenchmark
{
    private const string Story = "Nvidia plans to invest up to US$100 billion in OpenAI as at least 10 gigawatts of Nvidia systems are deployed, the companies said.";
    private const int Rounds = 5;

    public static void Run()
    {
        var loader = new HtmlLoader();
        Console.WriteLine($"DealBot page extraction benchmark — {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeMode()}");
        Console.WriteLine();
        Median(loader, Nested(1_000, "<div>", "</div>"));

        Console.WriteLine("| page | size | median of 5 | per 1,000 elements | budget |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var depth in new[] { 25_000, 50_000, 100_000, 200_000 })
        {
            Row(loader, $"{depth:N0} nested divs", Nested(depth, "<div>", "</div>"), depth, depth == 100_000 ? "< 2 s" : string.Empty);
        }

        Row(loader, "100,000 divs never closed", "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + $"<p>{Story}</p>", 100_000, "< 2 s");
        Row(loader, "100,000 nested spans", Nested(100_000, "<span>", "</span>"), 100_000, "< 2 s");
        // Side by side, pages are refused past 60,000 elements (HtmlElementLimit): the most a page may have.
        Row(loader, "59,000 sibling paragraphs", "<html><body><article>" + string.Concat(Enumerable.Repeat($"<p>{Story}</p>", 59_000)) + "</article></body></html>", 59_000, string.Empty);

        var pages = Path.Combine(FindRoot(), "tests", "DealBot.Knowledge.Tests", "Resources", "pages");
        foreach (var file in Directory.EnumerateFiles(pages, "*.html").Order(StringComparer.Ordinal))
        {
            var html = File.ReadAllText(file);
            Row(loader, Path.GetFileName(file), html, 0, string.Empty);
        }
    }

    private static void Row(HtmlLoader loader, string name, string html, int elements, string budget)
    {
        var median = Median(loader, html);
        var perThousand = elements == 0 ? "–" : $"{median.TotalMilliseconds / elements * 1000:F2} ms";
        Console.WriteLine($"| {name} | {html.Length / 1024.0:N0} KB | {median.TotalMilliseconds:N0} ms | {perThousand} | {budget} |");
    }

    private static TimeSpan Median(HtmlLoader loader, string html)
    {
        var times = new List<double>();
        for (var i = 0; i < Rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            var document = loader.Load("page.html", html);
            times.Add(watch.Elapsed.TotalMilliseconds);
            Require(document.Body.Length > 0, "no text extracted");
        }

        times.Sort();
        return TimeSpan.FromMilliseconds(Percentile(times, 0.5));
    }

    private static string Nested(int depth, string open, string close)
    {
        var sb = new StringBuilder("<html><body>");
        sb.Insert(sb.Length, open, depth);
        sb.Append("<p>").Append(Story).Append("</p>");
        sb.Insert(sb.Length, close, depth);
        return sb.Append("</body></html>").ToString();
    }
}
