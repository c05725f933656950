namespace DealBot.Benchmarks;

/// <summary>What the scale benchmark measures at one corpus size, passed from the measuring process to the table as JSON.</summary>
internal sealed record ScaleFigures(
    int Synthetic,
    int Articles,
    int Passages,
    double ColdSeconds,
    double ColdEmbedSeconds,
    double UnchangedMilliseconds,
    double ChangedMilliseconds,
    int ChangedEmbedded,
    double ChangedPrepareMilliseconds,
    double ChangedCutMilliseconds,
    double ChangedEmbedMilliseconds,
    double ChangedPublishMilliseconds,
    long IndexBytes,
    long CacheBytes,
    double SearchP50,
    double SearchP95,
    double AnswerP50,
    double AnswerP95,
    long PeakWorkingSet,
    IReadOnlyList<StagePeak> Stages)
{
    public double PassagesPerSecond => Passages / ColdSeconds;

    public double EmbeddedPerSecond => Passages / ColdEmbedSeconds;
}
