using DealBot.Answering.Plugins;
using DealBot.Answering.Tests.Llm;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Tests.Plugins;

public sealed class ToolKernelTests
{
    private readonly ToolKernel _tools = LlmTestRig.Tools(new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Kernel_BuiltByTheContainer_HoldsEveryPluginOnceAndTheLedgerFilter()
    {
        Assert.Equal(["Calculator", "Timeline", "Figures", "Views", "Knowledge"], _tools.Kernel.Plugins.Select(p => p.Name));
        Assert.IsType<ToolLedgerFilter>(Assert.Single(_tools.Kernel.FunctionInvocationFilters));
    }

    [Fact]
    public async Task InvokeAsync_Calculation_RecordedInTheAnswersLedgerOnly()
    {
        var ledger = new ToolLedger();
        var other = new ToolLedger();
        _ = _tools.ForAnswer(other);

        var result = await _tools.InvokeAsync<CalculationResult>(ledger, "Calculator", "Evaluate", new KernelArguments { ["expression"] = "100e9 / 10", ["inputs"] = new[] { "a#b" } }, default);

        Assert.Equal("1e10", result!.Result);
        Assert.Equal("Calculator.Evaluate(expression=100e9 / 10, inputs=[a#b]) = 100e9 / 10 = 1e10 (1e10)", Assert.Single(ledger.Steps));
        Assert.Equal("1e10", Assert.Single(ledger.Calculations).Result);
        Assert.Empty(other.Steps);
    }

    [Fact]
    public async Task InvokeAsync_ConcurrentAnswers_EachLedgerHoldsItsOwnCalls()
    {
        var ledgers = Enumerable.Range(1, 40).Select(_ => new ToolLedger()).ToArray();

        await Task.WhenAll(ledgers.Select((ledger, i) => Task.Run(() => _tools.InvokeAsync<CalculationResult>(ledger, "Calculator", "Evaluate", new KernelArguments { ["expression"] = $"{i + 1} * 2" }, default))));

        for (var i = 0; i < ledgers.Length; i++)
        {
            Assert.Equal(((i + 1) * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), Assert.Single(ledgers[i].Calculations).Result);
        }
    }

    [Fact]
    public async Task InvokeAsync_FailingCall_TracedAsFailedAndRethrown()
    {
        var ledger = new ToolLedger();

        await Assert.ThrowsAsync<CalculationException>(() => _tools.InvokeAsync<CalculationResult>(ledger, "Calculator", "Evaluate", new KernelArguments { ["expression"] = "1 / 0" }, default));

        Assert.StartsWith("Calculator.Evaluate(expression=1 / 0) failed: Cannot divide by zero", Assert.Single(ledger.Steps), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_FigureNotFound_TracedAsNone()
    {
        var ledger = new ToolLedger();

        var figure = await _tools.InvokeAsync<FigureMatch>(ledger, "Figures", "GetFigure", new KernelArguments { ["id"] = "no-such-figure" }, default);

        Assert.Null(figure);
        Assert.Equal("Figures.GetFigure(id=no-such-figure) -> none", Assert.Single(ledger.Steps));
    }

    [Fact]
    public async Task InvokeAsync_MilestoneAhead_TracedWithItsPeriodAndCountdownWhichCounts()
    {
        var ledger = new ToolLedger();

        var status = await _tools.InvokeAsync<MilestoneStatus>(ledger, "Timeline", "GetMilestoneStatus", new KernelArguments { ["milestone"] = "first-gigawatt-online" }, default);

        Assert.Equal(MilestoneRelation.Before, status!.Relation);
        Assert.Equal($"Timeline.GetMilestoneStatus(milestone=first-gigawatt-online) -> first-gigawatt-online ({status.Milestone.Period}): Before, {status.DaysToStart!.Display} to its start", Assert.Single(ledger.Steps));
        Assert.Equal("122", Assert.Single(ledger.Calculations).Result);
    }

    [Fact]
    public async Task Invoke_RegisteredKernelWithoutLedger_RunsUnrecorded()
    {
        var result = await _tools.Kernel.InvokeAsync("Calculator", "Evaluate", new KernelArguments { ["expression"] = "6 / 3" });

        Assert.Equal("2", result.GetValue<CalculationResult>()!.Result);
    }
}
