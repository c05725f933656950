using System.Diagnostics;
using System.Globalization;

namespace DealBot.Benchmarks;

/// <summary>
/// Reads the bot process's footprint from outside, as an operator would: working set, threads and open handles from
/// /proc/&lt;pid&gt; on Linux (the Process class elsewhere), and the GC heap after the last collection from the
/// runtime metrics the bot serves for Prometheus on its health port.
/// </summary>
internal sealed class BotResourceSampler(int processId, Uri metrics, HttpClient http)
{
    // The runtime's own meter (System.Runtime, .NET 9 and later) and the older instrumentation's name for the same.
    private static readonly string[] GcHeapMetrics = ["dotnet_gc_last_collection_heap_size_bytes", "process_runtime_dotnet_gc_heap_size_bytes"];

    public async Task<ResourceSample> SampleAsync(TimeSpan at, CancellationToken cancellationToken)
    {
        var gcHeap = await GcHeapBytesAsync(cancellationToken);
        var status = $"/proc/{processId}/status";
        if (File.Exists(status))
        {
            var fields = File.ReadLines(status).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1].Trim(), StringComparer.Ordinal);
            var rssKb = double.Parse(fields["VmRSS"].Split(' ')[0], CultureInfo.InvariantCulture);
            var threads = int.Parse(fields["Threads"], CultureInfo.InvariantCulture);
            var handles = Directory.EnumerateFileSystemEntries($"/proc/{processId}/fd").Count();
            return new ResourceSample(at, rssKb / 1024, gcHeap / (1024 * 1024), threads, handles);
        }

        using var process = Process.GetProcessById(processId);
        return new ResourceSample(at, process.WorkingSet64 / (1024.0 * 1024), gcHeap / (1024 * 1024), process.Threads.Count, process.HandleCount);
    }

    private async Task<double> GcHeapBytesAsync(CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await http.GetStringAsync(metrics, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return double.NaN;
        }

        foreach (var name in GcHeapMetrics)
        {
            var values = text.Split('\n')
                .Where(l => l.StartsWith(name, StringComparison.Ordinal) && (l.Length == name.Length || l[name.Length] is '{' or ' '))
                .Select(l => double.Parse(l[(l.LastIndexOf('}') is var brace and >= 0 ? brace + 1 : name.Length)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture))
                .ToList();
            if (values.Count > 0)
            {
                return values.Sum();
            }
        }

        return double.NaN;
    }
}
