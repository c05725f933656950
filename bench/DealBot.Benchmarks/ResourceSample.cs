namespace DealBot.Benchmarks;

/// <summary>The bot process's footprint at one moment of a soak (GC heap: NaN when the bot's /metrics did not say).</summary>
internal sealed record ResourceSample(TimeSpan At, double WorkingSetMb, double GcHeapMb, int Threads, int Handles);
