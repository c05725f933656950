using DealBot.Answering.Composition;
using DealBot.Answering.Plugins;
using DealBot.Answering.Prompts;
using DealBot.Answering.Understanding;
using DealBot.Core.Documents;
using DealBot.Core.Text;
using Microsoft.Extensions.AI;

namespace DealBot.Answering.Llm.Preview;

/// <summary>
/// The request the model would get for a question, built as the answer engine builds it: the question read and looked
/// up (hybrid retrieval), the prompts rendered from the prompt directory, and the plugin functions as tools. Needs no
/// model: nothing is sent.
/// </summary>
public sealed class ModelRequestPreview
{
    private const string RetryComplaintSample = "(the grounding verifier's complaint: the numbers it could not find in the cited passages or tool results)";
    private const int MaxQuestionLength = 2000;
    private readonly AnswerContextFactory _contexts;
    private readonly Screen _screen;
    private readonly ToolKernel _tools;
    private readonly PromptLibrary _prompts;
    private readonly TimeProvider _time;

    internal ModelRequestPreview(AnswerContextFactory contexts, Screen screen, ToolKernel tools, PromptLibrary prompts, TimeProvider time)
    {
        _contexts = contexts;
        _screen = screen;
        _tools = tools;
        _prompts = prompts;
        _time = time;
    }

    /// <summary>The prompts the model is sent, as "Plugin/Function".</summary>
    public static IReadOnlyList<string> PromptNames { get; } = [.. LlmPromptsValidator.Required.Select(p => $"{p.Plugin}/{p.Function}")];

    /// <summary>
    /// The request in which <paramref name="prompt"/> is sent for <paramref name="question"/>: the first request for
    /// Answer/System and Answer/Sources, that request and the retry message (with a sample complaint) for Answer/Retry.
    /// </summary>
    /// <exception cref="PromptNotFoundException">The name is not one of <see cref="PromptNames"/>, or its files are missing or broken.</exception>
    public async Task<ModelRequestView> RenderAsync(string prompt, string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(question);
        var name = PromptNames.FirstOrDefault(n => string.Equals(n, prompt.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new PromptNotFoundException($"no prompt '{prompt}' is sent to the model; the prompts are {string.Join(", ", PromptNames)}");

        var text = WellFormedText.Of(WellFormedText.Truncate(question.Trim(), MaxQuestionLength));
        var view = await _contexts.ViewAsync(cancellationToken).ConfigureAwait(false);
        var context = await _contexts.CreateAsync(text, null, view, cancellationToken).ConfigureAwait(false);
        var frame = context.Frame;
        var language = Languages.Normalize(frame.Language) ?? Languages.English;
        var hits = context.Passages.Select(KnowledgeSearchPlugin.ToHit).ToList();
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var request = new LlmAnswerRequest(text, language, context.Passages);
        var messages = await AnswerConversation.StartAsync(_prompts, request, hits, language, today, hits.Max(p => p.Published), cancellationToken).ConfigureAwait(false);
        string?[] labels = [Label(AnswerConversation.System), Label(AnswerConversation.Sources), "question"];
        if (name == Label(AnswerConversation.Retry))
        {
            messages.Add(await AnswerConversation.RetryAsync(_prompts, RetryComplaintSample, text, language, cancellationToken).ConfigureAwait(false));
            labels = [.. labels, name];
        }

        var options = AnswerConversation.Options(_tools.Kernel, _prompts);
        var sent = frame.Kind == QuestionKind.Question && _screen.Decline(frame, context.Passages, view) is null;
        return new ModelRequestView(
            name,
            text,
            language,
            sent,
            context.Passages.Count,
            options.Temperature,
            [.. messages.Select((m, i) => new ModelMessageView(m.Role.Value, labels[i], m.Text))],
            [.. options.Tools!.OfType<AIFunctionDeclaration>().Select(t => new ModelToolView(t.Name, t.Description, t.JsonSchema))]);
    }

    private static string Label(string function) => $"{AnswerConversation.Plugin}/{function}";
}
