using DealBot.Answering.Plugins;
using DealBot.Core.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Composition;

/// <summary>
/// Looks up the curated facts an offline answer rests on through the Kernel's plugins, as the model's tool calls do:
/// a figure by <c>Figures.GetFigure</c>, a milestone by <c>Timeline.GetMilestoneStatus</c>. The ledger filter records
/// each call with what it returned, so the trace of an offline answer lists its figure lookups and timeline queries
/// as an LLM answer's does. A fact the plugin cannot find is traced and logged.
/// </summary>
/// <remarks>
/// The skills read the fact sheet directly while they bid: every skill bids on every question, and a Kernel call for
/// each candidate would cost the answer for facts it never uses. The lookups run once, for the facts of the answer
/// given (what it names as used, and what its calculations take as inputs).
/// </remarks>
internal sealed partial class KernelFactLookup(ToolKernel tools, ILogger<KernelFactLookup> logger)
{
    // Semantic Kernel names a function after its method, without the Async suffix.
    private const string GetFigure = "GetFigure";
    private const string GetMilestoneStatus = "GetMilestoneStatus";

    public async Task RunAsync(AnsweredTurn turn, AnswerContext context, ToolLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ledger);
        if (turn.Answer.Status != AnswerStatus.Answered)
        {
            return;
        }

        var facts = context.Knowledge.Facts;
        var lookups = UsedFacts(turn)
            .Select(id => facts.Figures.Any(f => f.Id == id) ? (Id: id, Plugin: AnsweringPlugins.FiguresName, Function: GetFigure, Argument: "id")
                : facts.Events.Any(e => e.Id == id) ? (Id: id, Plugin: AnsweringPlugins.TimelineName, Function: GetMilestoneStatus, Argument: "milestone")
                : default)
            .Where(l => l.Id is not null)
            .ToList();
        if (lookups.Count == 0)
        {
            return;
        }

        var kernel = tools.ForAnswer(ledger);
        foreach (var (id, plugin, function, argument) in lookups)
        {
            try
            {
                var result = await kernel.InvokeAsync(plugin, function, new KernelArguments { [argument] = id, ["language"] = context.Frame.Language }, cancellationToken).ConfigureAwait(false);
                if (result.GetValue<object>() is null)
                {
                    LogNotFound(plugin, function, id);
                }
            }
            catch (KernelException ex)
            {
                // The filter traced the failure; the answer stands on the verifier's check.
                LogFailed(plugin, function, id, ex.Message);
            }
        }
    }

    // The facts the answer names as used, then those its calculations take as inputs ("source_id#fact_id"), each once.
    private static IEnumerable<string> UsedFacts(AnsweredTurn turn) =>
        turn.Result.FactIds
            .Concat(turn.Answer.Calculations.SelectMany(c => c.Inputs).Select(i => i[(i.IndexOf('#', StringComparison.Ordinal) + 1)..]))
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Debug, Message = "An offline answer's fact is not found by its plugin: {Plugin}.{Function}({Id})")]
    private partial void LogNotFound(string plugin, string function, string id);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Debug, Message = "An offline answer's fact lookup failed: {Plugin}.{Function}({Id}): {Problem}")]
    private partial void LogFailed(string plugin, string function, string id, string problem);
}
