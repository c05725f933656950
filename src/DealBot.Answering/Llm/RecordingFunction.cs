using System.Text.Json;
using DealBot.Core.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Llm;

/// <summary>
/// A tool as the model sees it (a plugin's <see cref="KernelFunction"/> as an <see cref="AIFunction"/>) that also
/// writes what it returned, typed again, into the answer's <see cref="ToolLedger"/>. The model gets the same JSON
/// either way; failures still reach it as tool errors.
/// </summary>
internal sealed class RecordingFunction(AIFunction inner, KernelFunction function, ToolLedger ledger) : DelegatingAIFunction(inner)
{
    /// <summary>"Calculator_PerUnit": the plugin name keeps tools of different plugins apart.</summary>
    public override string Name => $"{function.PluginName}_{function.Name}";

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var name = $"{function.PluginName}.{function.Name}";
        var shown = string.Join(", ", arguments.Select(a => $"{a.Key}={a.Value}"));
        using var activity = AnswerActivities.Source.StartActivity("tool " + name)?.SetTag("dealbot.tool", name);
        object? result;
        try
        {
            result = await base.InvokeCoreAsync(arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            ledger.AddStep($"{name}({shown}) failed: {ex.Message}");
            throw;
        }

        ledger.Record(name, shown, Typed(result));
        return result;
    }

    // Kernel functions hand their return value back serialised; the ledger wants the plugin's record.
    private object? Typed(object? result)
    {
        var type = function.Metadata.ReturnParameter.ParameterType;
        if (type is null || result is null || type.IsInstanceOfType(result))
        {
            return result;
        }

        try
        {
            return result switch
            {
                JsonElement element => element.Deserialize(type, function.JsonSerializerOptions ?? JsonSerializerOptions.Default),
                string text when text.TrimStart().StartsWith('{') || text.TrimStart().StartsWith('[') => JsonSerializer.Deserialize(text, type, function.JsonSerializerOptions ?? JsonSerializerOptions.Default),
                _ => result,
            };
        }
        catch (JsonException)
        {
            return result;
        }
    }
}
