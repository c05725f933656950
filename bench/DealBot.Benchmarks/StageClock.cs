using System.Diagnostics;
using DealBot.Core.Ingestion;

namespace DealBot.Benchmarks;

/// <summary>
/// Times the stages of one refresh from its progress reports: each stage runs from its first report to the first
/// report of the stage after it (the last one to its own last report). Reports arrive on the refresh's own thread, in
/// order, so a plain list is enough.
/// </summary>
internal sealed class StageClock : IProgress<IngestProgress>
{
    private readonly List<(string Stage, long Timestamp)> _firsts = [];
    private long _last;

    public void Report(IngestProgress value)
    {
        var now = Stopwatch.GetTimestamp();
        if (_firsts.Count == 0 || _firsts[^1].Stage != value.Stage)
        {
            _firsts.Add((value.Stage, now));
        }

        _last = now;
    }

    /// <summary>Milliseconds spent in <paramref name="stage"/>; 0 when the refresh never reached it.</summary>
    public double Milliseconds(string stage)
    {
        var at = _firsts.FindIndex(f => f.Stage == stage);
        if (at < 0)
        {
            return 0;
        }

        var end = at + 1 < _firsts.Count ? _firsts[at + 1].Timestamp : _last;
        return Stopwatch.GetElapsedTime(_firsts[at].Timestamp, end).TotalMilliseconds;
    }
}
