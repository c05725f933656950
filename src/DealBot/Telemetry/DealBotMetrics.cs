using System.Diagnostics;
using System.Diagnostics.Metrics;
using DealBot.Core.Answers;

namespace DealBot.Telemetry;

/// <summary>
/// The bot's own instruments, on the meter <see cref="MeterName"/>: answers by status, path and language, their
/// latency, verifier rejections, LLM fallbacks, refreshes, feedback, and records the store had to drop. The Discord
/// transport counts reconnects, resumes and 429s on its own meter.
/// </summary>
internal sealed class DealBotMetrics
{
    public const string MeterName = "DealBot";
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _verifierRejections;
    private readonly Counter<long> _llmFallbacks;
    private readonly Histogram<double> _refreshDuration;
    private readonly Counter<long> _refreshFailures;
    private readonly Counter<long> _feedback;
    private readonly Counter<long> _dropped;

    public DealBotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _answers = meter.CreateCounter<long>("dealbot.answers", "{answer}", "Answers given, by status, path (offline, llm, fallback) and language");
        _answerDuration = meter.CreateHistogram<double>("dealbot.answer.duration", "s", "Time from question to answer",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30] });
        _verifierRejections = meter.CreateCounter<long>("dealbot.verifier.rejections", "{answer}", "Answers whose numbers the verifier could not ground");
        _llmFallbacks = meter.CreateCounter<long>("dealbot.llm.fallbacks", "{answer}", "LLM answers replaced by the offline composer");
        _refreshDuration = meter.CreateHistogram<double>("dealbot.refresh.duration", "s", "How long a knowledge refresh took, by outcome (published, failed)");
        _refreshFailures = meter.CreateCounter<long>("dealbot.refresh.failures", "{refresh}", "Refreshes refused by validation or that threw");
        _feedback = meter.CreateCounter<long>("dealbot.feedback", "{vote}", "Members' votes on answers, by vote (up, down) and whether a comment came with it");
        _dropped = meter.CreateCounter<long>("dealbot.store.dropped", "{record}", "Records not written because the write queue was full, by kind");
    }

    public void Answered(AnswerStatus status, AnswerPath path, string language, TimeSpan duration)
    {
        var tags = new TagList { { "status", AnswerStatusNames.Of(status) }, { "path", AnswerPathNames.Of(path) }, { "language", language } };
        _answers.Add(1, tags);
        _answerDuration.Record(duration.TotalSeconds, tags);
        if (path == AnswerPath.Fallback)
        {
            _llmFallbacks.Add(1);
        }
    }

    public void VerifierRejected(AnswerPath path) => _verifierRejections.Add(1, new KeyValuePair<string, object?>("path", AnswerPathNames.Of(path)));

    public void Refreshed(TimeSpan duration, bool failed)
    {
        _refreshDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("outcome", failed ? "failed" : "published"));
        if (failed)
        {
            _refreshFailures.Add(1);
        }
    }

    public void Feedback(string vote, bool comment) =>
        _feedback.Add(1, new KeyValuePair<string, object?>("vote", vote), new KeyValuePair<string, object?>("comment", comment));

    public void Dropped(string kind) => _dropped.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
