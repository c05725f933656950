using System.Globalization;
using DealBot.Answering.Plugins;
using DealBot.Answering.Prompts;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Llm;

/// <summary>
/// What the model is sent for a question: the messages, rendered from the prompt directory, and the tools with the
/// chat options. The answerer sends it and <c>prompt render</c> prints it, so what a developer sees is what goes out.
/// </summary>
internal static class AnswerConversation
{
    public const string System = "System";
    public const string Sources = "Sources";
    public const string Retry = "Retry";
    public const string Plugin = "Answer";

    // Article text never goes into the system message: a passage is data in a user message, inside a fence it
    // cannot close, and the system prompt (which alone names the fence) says that text inside it is never an
    // instruction. The grounding verifier still checks every number of the reply either way.
    public static async Task<List<ChatMessage>> StartAsync(
        PromptLibrary prompts, LlmAnswerRequest request, IReadOnlyList<PassageHit> context, string language, DateOnly today, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var fence = PassageContext.NewFence();
        var system = await prompts.RenderAsync(Plugin, System, new Dictionary<string, string?>
        {
            ["question"] = request.Question,
            ["language"] = language,
            ["fence"] = fence,
            ["today"] = Iso(today),
            ["as_of"] = asOf is { } a ? Iso(a) : "2025-09",
        }, cancellationToken).ConfigureAwait(false);
        var sources = await prompts.RenderAsync(Plugin, Sources, new Dictionary<string, string?>
        {
            ["fence"] = fence,
            ["passages"] = PassageContext.Format(context, fence),
        }, cancellationToken).ConfigureAwait(false);
        var messages = new List<ChatMessage> { new(ChatRole.System, system) };
        foreach (var turn in request.History ?? [])
        {
            messages.Add(new ChatMessage(ChatRole.User, turn.Question));
            messages.Add(new ChatMessage(ChatRole.Assistant, turn.Answer));
        }

        messages.Add(new ChatMessage(ChatRole.User, sources));
        messages.Add(new ChatMessage(ChatRole.User, request.Question));
        return messages;
    }

    /// <summary>The message that asks again after the verifier rejected a reply.</summary>
    public static async Task<ChatMessage> RetryAsync(PromptLibrary prompts, string complaint, string question, string language, CancellationToken cancellationToken) =>
        new(ChatRole.User, await prompts.RenderAsync(Plugin, Retry, new Dictionary<string, string?>
        {
            ["complaint"] = complaint,
            ["question"] = question,
            ["language"] = language,
        }, cancellationToken).ConfigureAwait(false));

    /// <summary>The chat options: every plugin function as a tool bound to <paramref name="kernel"/>, and the system prompt's temperature.</summary>
    public static ChatOptions Options(Kernel kernel, PromptLibrary prompts)
    {
        // The tools are bound to this answer's kernel, whose ledger the filter writes to, so concurrent answers
        // never share tool results.
        return new ChatOptions
        {
            Tools = [.. kernel.Plugins.SelectMany(p => p).Select(f => new KernelTool(f, kernel))],
            ToolMode = ChatToolMode.Auto,
            Temperature = (float?)prompts.Get(Plugin, System).Temperature,
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
