namespace DealBot.Benchmarks;

/// <summary>
/// Where the scale run's memory goes: the working set and the GC heap sampled every 20 ms, the highest of each kept per
/// stage (cold ingest, unchanged re-ingest, changed article, searches and answers). The process's own peak says how
/// high it went; this says in which stage, and how much of it the GC heap was.
/// </summary>
internal sealed class StageMemory : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(20);

    private readonly Dictionary<string, (long WorkingSet, long GcHeap)> _peaks = new(StringComparer.Ordinal);
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
            return [.. _order.Select(s => new StagePeak(s, _peaks[s].WorkingSet / 1048576.0, _peaks[s].GcHeap / 1048576.0))];
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

            _peaks[_stage] = (Math.Max(peak.WorkingSet, workingSet), Math.Max(peak.GcHeap, gcHeap));
        }
    }
}

/// <summary>The highest working set and GC heap (MB) sampled during one stage of the scale run.</summary>
internal sealed record StagePeak(string Stage, double WorkingSetMb, double GcHeapMb);
