using System.Text.Json;
using DealBot.Core.Diagnostics;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Writes every plugin call into the <see cref="ToolLedger"/> of the answer that made it: the ledger travels in the
/// data of that answer's kernel (<see cref="ToolKernel.ForAnswer"/>), so concurrent answers never share one and the
/// filter itself holds no state. A call on a kernel without a ledger is not recorded.
/// </summary>
internal sealed class ToolLedgerFilter : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (ToolKernel.LedgerOf(context.Kernel) is not { } ledger)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var name = $"{context.Function.PluginName}.{context.Function.Name}";
        using var activity = AnswerActivities.Source.StartActivity("tool " + name)?.SetTag("dealbot.tool", name);
        var shown = string.Join(", ", context.Arguments.Select(a => $"{a.Key}={Show(a.Value)}"));
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ledger.AddStep($"{name}({shown}) failed: {ex.Message}");
            throw;
        }

        ledger.Record(name, shown, context.Result.GetValue<object>());
    }

    private static string? Show(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.String } text => text.GetString(),
        JsonElement element => element.GetRawText(),
        IEnumerable<string> list => "[" + string.Join(", ", list) + "]",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
