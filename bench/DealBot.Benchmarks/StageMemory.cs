namespace DealBot.Benchmarks;

/// <summary>
/// Where the scale run's memory goes: the working set and the GC heap sampled every 20 ms, the highest of each kept per
/// stage (cold ingest, unchanged re-ingest, changed article, searches and answers). The process's own peak says how
/// high it went; this says in which stage, and how much of it the GC heap was. At each stage's highest sample it also
/// notes what the working set was made of: the memory the GC had committed, and (on Linux) the anonymous pages (the
/// GC's and native allocations: ONNX Runtime, the runtime itself) against the mapped files (assemblies, native
/// libraries), so what does not shrink with the articles can be told from what does.
/// </summary>
internal sealed class StageMemory : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly Dictionary<string, (long WorkingSet, long GcHeap, WorkingSetParts Parts)> _peaks = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private string _stage = "start";

    public StageMemory() => _sampling = SampleAsync(_stop.Token);

    /// <summary>The samples from now on count for <paramref name="stage"/>.</summary>
    public void Enter(string stage)
    {
        Sample();
        lock (_gate)
        {
            _stage = stage;
        }

        Sample();
    }

    /// <summary>The highest working set and GC heap seen in each stage, in MB, in the order the stages ran.</summary>
    public IReadOnlyList<StagePeak> Peaks()
    {
        Sample();
        lock (_gate)
        {
            return [.. _order.Select(s => new StagePeak(
                s,
                _peaks[s].WorkingSet / 1048576.0,
                _peaks[s].GcHeap / 1048576.0,
                _peaks[s].Parts.GcCommitted / 1048576.0,
                _peaks[s].Parts.Anonymous / 1048576.0,
                _peaks[s].Parts.Files / 1048576.0))];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampling;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(cancellationToken))
        {
            Sample();
        }
    }

    private void Sample()
    {
        // The heap as it stands (garbage included, which is what the working set pays for), not only what is live.
        var workingSet = Environment.WorkingSet;
        var gcHeap = GC.GetTotalMemory(forceFullCollection: false);
        lock (_gate)
        {
            if (!_peaks.TryGetValue(_stage, out var peak))
            {
                _order.Add(_stage);
            }

            var parts = workingSet > peak.WorkingSet ? WorkingSetParts.Now() : peak.Parts;
            _peaks[_stage] = (Math.Max(peak.WorkingSet, workingSet), Math.Max(peak.GcHeap, gcHeap), parts);
        }
    }

    /// <summary>What the working set is made of at one moment, in bytes; zero where the platform does not say.</summary>
    private readonly record struct WorkingSetParts(long GcCommitted, long Anonymous, long Files)
    {
        public static WorkingSetParts Now()
        {
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            long anonymous = 0, files = 0;
            try
            {
                foreach (var line in File.ReadLines("/proc/self/status"))
                {
                    if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                    {
                        anonymous = Kilobytes(line);
                    }
                    else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                    {
                        files = Kilobytes(line);
                    }
                }
            }
            catch (IOException)
            {
                // Not Linux: the GC's share alone.
            }

            return new WorkingSetParts(committed, anonymous, files);
        }

        private static long Kilobytes(string line) =>
            long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}

/// <summary>
/// The highest working set and GC heap (MB) sampled during one stage of the scale run, and at the highest working set
/// the memory the GC had committed, the anonymous pages and the mapped files' pages (MB; zero where unknown).
/// </summary>
internal sealed record StagePeak(string Stage, double WorkingSetMb, double GcHeapMb, double GcCommittedMb = 0, double AnonymousMb = 0, double FilesMb = 0);
