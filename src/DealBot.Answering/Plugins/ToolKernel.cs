using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>
/// The one Kernel of the answer engine, built by the container with the plugins (singletons) and the
/// <see cref="ToolLedgerFilter"/>. Each answer works on a clone that carries its own <see cref="ToolLedger"/>; a clone
/// shares the plugins, services and filters and costs a few small collections.
/// </summary>
public sealed class ToolKernel(Kernel kernel)
{
    private const string LedgerKey = "DealBot.ToolLedger";

    /// <summary>The kernel as registered (no ledger: calls on it are not recorded).</summary>
    public Kernel Kernel { get; } = kernel;

    /// <summary>A kernel for one answer, whose plugin calls are recorded in <paramref name="ledger"/>.</summary>
    internal Kernel ForAnswer(ToolLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var scoped = Kernel.Clone();
        scoped.Data[LedgerKey] = ledger;
        return scoped;
    }

    /// <summary>Invokes <paramref name="plugin"/>.<paramref name="function"/> for the answer that owns <paramref name="ledger"/>.</summary>
    internal async Task<T?> InvokeAsync<T>(ToolLedger ledger, string plugin, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await ForAnswer(ledger).InvokeAsync(plugin, function, arguments, cancellationToken).ConfigureAwait(false);
        return result.GetValue<T>();
    }

    internal static ToolLedger? LedgerOf(Kernel kernel) =>
        kernel.Data.TryGetValue(LedgerKey, out var value) ? value as ToolLedger : null;
}
