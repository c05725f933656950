using System.Globalization;
using System.Text.RegularExpressions;
using DealBot.Answering.Plugins;
using DealBot.Core.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Composition;

/// <summary>
/// Runs the offline answer's calculations through the Kernel's plugins, as the model's tool calls run: a day count by
/// <c>Timeline.DaysBetween</c>, any other expression by <c>Calculator.Evaluate</c>. The ledger filter records each
/// call, so the trace of an offline answer lists the same kind of plugin calls as an LLM answer's; a result that
/// differs from the one the answer states is traced and logged.
/// </summary>
internal sealed partial class KernelCalculationCheck(ToolKernel tools, ILogger<KernelCalculationCheck> logger)
{
    public async Task RunAsync(ComposedAnswer answer, ToolLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(ledger);
        foreach (var calculation in answer.Calculations)
        {
            CalculationResult? result;
            try
            {
                result = DayCount().Match(calculation.Expression) is { Success: true } days
                    ? await tools.InvokeAsync<CalculationResult>(ledger, AnsweringPlugins.TimelineName, nameof(TimelinePlugin.DaysBetween), new KernelArguments
                    {
                        ["from"] = days.Groups["from"].Value,
                        ["to"] = days.Groups["to"].Value,
                        ["inputs"] = calculation.Inputs.ToArray(),
                    }, cancellationToken).ConfigureAwait(false)
                    : await tools.InvokeAsync<CalculationResult>(ledger, AnsweringPlugins.CalculatorName, nameof(CalculatorPlugin.Evaluate), new KernelArguments
                    {
                        ["expression"] = calculation.Expression,
                        ["inputs"] = calculation.Inputs.ToArray(),
                    }, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is CalculationException or KernelException)
            {
                // The filter traced the failure; the answer stands on the verifier's check.
                LogMismatch(calculation.Expression, calculation.Result, ex.Message);
                continue;
            }

            if (result is not null && !Same(result.Result, calculation.Result))
            {
                ledger.AddStep($"calculation differs: the answer states {calculation.Expression} = {calculation.Result}, the plugin {result.Result}");
                LogMismatch(calculation.Expression, calculation.Result, result.Result);
            }
        }
    }

    private static bool Same(string a, string b) =>
        decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
        && Math.Abs(x - y) <= Math.Max(Math.Abs(x), Math.Abs(y)) * 1e-9m;

    [GeneratedRegex(@"^\s*(?<to>\d{4}-\d{2}-\d{2})\s*-\s*(?<from>\d{4}-\d{2}-\d{2})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DayCount();

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "An offline calculation does not match its plugin: {Expression} = {Stated}, the plugin says {Computed}")]
    private partial void LogMismatch(string expression, string stated, string computed);
}
