using System.Text.RegularExpressions;
using DealBot.Answering.Tests.Engine;
using DealBot.Core.Answers;
using static DealBot.Answering.Tests.Llm.ScriptedChatClient;

namespace DealBot.Answering.Tests.Llm;

/// <summary>Both composers call the plugins through the one Kernel, so their traces list the same kind of plugin call: calculations, figure lookups, timeline queries.</summary>
public sealed partial class KernelTraceTests
{
    private const string Question = "How much will Nvidia invest per gigawatt?";

    [Fact]
    public async Task AnswerAsync_OfflineCalculation_TraceListsTheKernelCallOfTheCalculator()
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question(Question, Trace: true));

        var calculation = Assert.Single(answer.Calculations);
        var call = Assert.Single(answer.Trace!.Steps, s => PluginCall().IsMatch(s));
        Assert.StartsWith($"Calculator.Evaluate(expression={calculation.Expression}", call, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_LlmCalculation_TraceListsTheKernelCallInTheSameForm()
    {
        var model = new ScriptedChatClient(
            (_, options) => Call(options, "PerUnit", new() { ["amount"] = 100000000000m, ["count"] = 10, ["per"] = "GW" }),
            (_, _) => Reply("Up to US$100 billion over at least 10 GW works out at US$10 billion per GW, as reported in September 2025.", "deal-structure-en/p0"));

        var answer = await StubEngine.WithModel(model).AnswerAsync(new Question(Question, Trace: true));

        var call = Assert.Single(answer.Trace!.Steps, s => PluginCall().IsMatch(s));
        Assert.StartsWith("Calculator.PerUnit(amount=100000000000, count=10, per=GW", call, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How much is Nvidia's first investment?", "Figures.GetFigure(id=first-investment, language=en) -> deal-structure-en#first-investment (US$10 billion)", "US$10 billion")]
    [InlineData("英伟达的首笔投资是多少？", "Figures.GetFigure(id=first-investment, language=zh) -> deal-structure-zh#first-investment (100亿美元)", "100亿美元")]
    public async Task AnswerAsync_OfflineFigure_TraceListsTheKernelLookupWithWhatItFound(string question, string lookup, string stated)
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question(question, Trace: true));

        Assert.Contains(stated, answer.Text, StringComparison.Ordinal);
        Assert.Equal(lookup, Assert.Single(answer.Trace!.Steps, s => Lookup().IsMatch(s)));
    }

    [Fact]
    public async Task AnswerAsync_LlmFigure_TraceListsTheKernelLookupInTheSameForm()
    {
        var model = new ScriptedChatClient(
            (_, options) => Call(options, "FindFigures", new() { ["query"] = "first investment", ["limit"] = 1 }),
            (_, _) => Reply("Nvidia's first investment is US$10 billion, as reported in September 2025.", "deal-structure-en#first-investment"));

        var answer = await StubEngine.WithModel(model).AnswerAsync(new Question("How much is Nvidia's first investment?", Trace: true));

        Assert.Equal(AnswerPath.Llm, answer.Path);
        var call = Assert.Single(answer.Trace!.Steps, s => Lookup().IsMatch(s));
        Assert.Equal("Figures.FindFigures(query=first investment, limit=1) -> deal-structure-en#first-investment (US$10 billion)", call);
    }

    [Fact]
    public async Task AnswerAsync_OfflineMilestone_TraceListsTheTimelineQueryOfItsMilestone()
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question("When will the first deliveries of Nvidia hardware to OpenAI be complete?", Trace: true));

        Assert.True(answer.Text.Contains("December 2026", StringComparison.Ordinal), answer.Text + " | " + string.Join(" | ", answer.Trace!.Steps));
        Assert.StartsWith(
            "Timeline.GetMilestoneStatus(milestone=first-deliveries-complete, language=en) -> first-deliveries-complete (December 2026): ",
            Assert.Single(answer.Trace.Steps, s => s.StartsWith("Timeline.", StringComparison.Ordinal)),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OfflineAnswerReplacedByTheVerifier_NoLookupOfTheFactItDropped()
    {
        // The stub's passages do not state the milestone's "1 GW", so its answer gives way to a not-in-sources reply.
        var answer = await StubEngine.Offline().AnswerAsync(new Question("When will the first phase come online?", Trace: true));

        Assert.Contains(answer.Trace!.Steps, s => s.StartsWith("event: first-gigawatt-online", StringComparison.Ordinal));
        Assert.NotEqual(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain(answer.Trace.Steps, s => PluginName().IsMatch(s));
    }

    [Fact]
    public async Task AnswerAsync_OfflineDaysFromAMilestone_TraceQueriesTheMilestoneBeforeCountingFromIt()
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question("How many days from the announcement to the end of 2026?", Trace: true));

        var calls = answer.Trace!.Steps.Where(s => s.StartsWith("Timeline.", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, calls.Count);
        Assert.StartsWith("Timeline.GetMilestoneStatus(milestone=letter-of-intent-announced, language=en) -> letter-of-intent-announced (", calls[0], StringComparison.Ordinal);
        Assert.StartsWith($"Timeline.DaysBetween(from=2025-09-22, to=2026-12-31, inputs=[{Assert.Single(Assert.Single(answer.Calculations).Inputs)}]) = ", calls[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OfflineCalculation_LooksUpEachCitedInputFigureOnce()
    {
        var answer = await StubEngine.Offline().AnswerAsync(new Question(Question, Trace: true));

        var inputs = Assert.Single(answer.Calculations).Inputs;
        Assert.Equal(inputs, answer.Trace!.Steps.Where(s => Lookup().IsMatch(s)).Select(s => Lookup().Match(s).Groups["reference"].Value));
    }

    // "Figures.Function(arguments) -> reference (display)": the ledger's line for a figure found.
    [GeneratedRegex(@"^Figures\.[A-Z][A-Za-z]+\(.*\) -> (?<reference>\S+#\S+) \(.+\)$")]
    private static partial Regex Lookup();

    [GeneratedRegex(@"^[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+\(")]
    private static partial Regex PluginName();

    // "Plugin.Function(arguments) = expression = result (display)": the ledger's line for a calculation.
    [GeneratedRegex(@"^[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+\(.*\) = .+ = \S+ \(.+\)$")]
    private static partial Regex PluginCall();
}
