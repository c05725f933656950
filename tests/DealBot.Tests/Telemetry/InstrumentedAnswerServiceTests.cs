using System.Diagnostics.Metrics;
using DealBot.Core.Answers;
using DealBot.Operations;
using DealBot.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Moq;

namespace DealBot.Tests.Telemetry;

/// <summary>The answer metrics and the audit record read the engine's typed path and verdict, not its trace text.</summary>
public sealed class InstrumentedAnswerServiceTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public void Dispose() => _services.Dispose();

    [Fact]
    public async Task AnswerAsync_FallbackAnswerWithoutTrace_CountsTheFallbackAndTheRejection()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var answers = new MetricCollector<long>(meters, DealBotMetrics.MeterName, "dealbot.answers");
        using var fallbacks = new MetricCollector<long>(meters, DealBotMetrics.MeterName, "dealbot.llm.fallbacks");
        using var rejections = new MetricCollector<long>(meters, DealBotMetrics.MeterName, "dealbot.verifier.rejections");
        var service = Instrumented(Answer(AnswerPath.Fallback, VerifierVerdict.Rejected));

        var answer = await service.AnswerAsync(new Question("How much will Nvidia invest?"));

        Assert.Null(answer.Trace);
        Assert.Equal(1, Assert.Single(fallbacks.GetMeasurementSnapshot()).Value);
        var counted = Assert.Single(answers.GetMeasurementSnapshot());
        Assert.Equal(("fallback", "answered", "en"), ((string?)counted.Tags["path"], (string?)counted.Tags["status"], (string?)counted.Tags["language"]));
        Assert.Equal("fallback", Assert.Single(rejections.GetMeasurementSnapshot()).Tags["path"]);
    }

    [Theory]
    [InlineData(AnswerPath.Offline, VerifierVerdict.Grounded, "offline")]
    [InlineData(AnswerPath.Llm, VerifierVerdict.NotChecked, "llm")]
    public async Task AnswerAsync_NoFallbackNoRejection_CountsNeither(AnswerPath path, VerifierVerdict verdict, string expected)
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var answers = new MetricCollector<long>(meters, DealBotMetrics.MeterName, "dealbot.answers");
        using var fallbacks = new MetricCollector<long>(meters, DealBotMetrics.MeterName, "dealbot.llm.fallbacks");
        using var rejections = new MetricCollector<long>(meters, DealBotMetrics.MeterName, "dealbot.verifier.rejections");

        await Instrumented(Answer(path, verdict)).AnswerAsync(new Question("How much will Nvidia invest?"));

        Assert.Equal(expected, Assert.Single(answers.GetMeasurementSnapshot()).Tags["path"]);
        Assert.Empty(fallbacks.GetMeasurementSnapshot());
        Assert.Empty(rejections.GetMeasurementSnapshot());
    }

    [Fact]
    public void AuditRecordOf_FallbackAnswer_KeepsThePathAndTheVerdictWithTheEnginesWords()
    {
        var answer = Answer(AnswerPath.Fallback, VerifierVerdict.Rejected) with
        {
            Trace = new AnswerTrace([], ["path: offline, replacing the LLM answer (ungrounded)"], "grounded"),
        };

        var record = AuditRecord.Of(answer, [7], new AnswerOrigin(1, 2, null), DateTimeOffset.UnixEpoch, TimeSpan.FromMilliseconds(5));

        Assert.Equal("fallback", record.Path);
        Assert.Equal("rejected (answer sent: grounded)", record.Verdict);
    }

    private InstrumentedAnswerService Instrumented(Answer answer)
    {
        var engine = new Mock<IAnswerService>();
        engine.Setup(e => e.AnswerAsync(It.IsAny<Question>(), It.IsAny<CancellationToken>())).ReturnsAsync(answer);
        return new InstrumentedAnswerService(engine.Object, new DealBotMetrics(_services.GetRequiredService<IMeterFactory>()), TimeProvider.System);
    }

    private static Answer Answer(AnswerPath path, VerifierVerdict verdict) =>
        new("How much will Nvidia invest?", AnswerStatus.Answered, "en", "Up to US$100 billion.", [], [], null) { Path = path, Verdict = verdict };
}
