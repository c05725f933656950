using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Llm;

/// <summary>
/// A plugin function as a tool for the model: the name and schema Semantic Kernel gives it ("Calculator_PerUnit"),
/// invoked through the answer's kernel so the kernel's function-invocation filters (the tool ledger) see the call,
/// exactly as they see the offline engine's calls. (A KernelFunction used directly as an AIFunction skips them.)
/// </summary>
internal sealed class KernelTool(KernelFunction function, Kernel kernel) : DelegatingAIFunction(function)
{
    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken)
    {
        var result = await function.InvokeAsync(kernel, new KernelArguments(arguments), cancellationToken).ConfigureAwait(false);

        // The model reads JSON; the ledger already has the typed value.
        return result.GetValue<object>() is { } value ? JsonSerializer.SerializeToElement(value, value.GetType(), AIJsonUtilities.DefaultOptions) : null;
    }
}
