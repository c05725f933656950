using System.Text.RegularExpressions;
using DealBot.Answering.Tests.Engine;
using DealBot.Core.Answers;
using static DealBot.Answering.Tests.Llm.ScriptedChatClient;

namespace DealBot.Answering.Tests.Llm;

/// <summary>Both composers call the plugins through the one Kernel, so their traces list the same kind of plugin call.</summary>
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

    // "Plugin.Function(arguments) = expression = result (display)": the ledger's line for a calculation.
    [GeneratedRegex(@"^[A-Z][A-Za-z]+\.[A-Z][A-Za-z]+\(.*\) = .+ = \S+ \(.+\)$")]
    private static partial Regex PluginCall();
}
