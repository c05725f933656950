using DealBot.Answering.Composition;
using DealBot.Answering.Llm;
using DealBot.Core.Answers;
using DealBot.Core.Retrieval;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering;

/// <summary>
/// The one answer engine: question → analysis → hybrid retrieval → screening → composition (the LLM when one is
/// configured, else offline) → verification → answer. The CLI, batch mode and the Discord bot all call it.
/// </summary>
/// <remarks>
/// Refusals and out-of-scope replies are decided before either composer runs, so a model never sees a question the
/// offline path would refuse. An LLM answer that fails verification after its retry, or a model that fails, gives way
/// to the offline answer; the trace says which path answered.
/// </remarks>
public sealed partial class AnswerService : IAnswerService
{
    private const int MaxQuestionLength = 2000;
    private readonly ComposeContextFactory _contexts;
    private readonly GroundedOfflineComposer _offline;
    private readonly ILlmAnswerer _llm;
    private readonly ILogger<AnswerService> _logger;

    internal AnswerService(ComposeContextFactory contexts, GroundedOfflineComposer offline, ILlmAnswerer llm, ILogger<AnswerService> logger)
    {
        _contexts = contexts;
        _offline = offline;
        _llm = llm;
        _logger = logger;
    }

    /// <exception cref="KnowledgeStoreUnavailableException">The knowledge base cannot be reached; faces tell the user to retry.</exception>
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = (question.Text ?? string.Empty).Trim();
        if (text.Length > MaxQuestionLength)
        {
            text = text[..MaxQuestionLength];
        }

        var context = await _contexts.CreateAsync(text, question.History, cancellationToken).ConfigureAwait(false);
        var analysis = context.Question;
        List<string> steps = [$"intent: {analysis.Intent}; kind: {analysis.Kind}"];
        if (QuestionScreen.Decline(context) is { } declined)
        {
            steps.Add("path: screened (no composer)");
            return Finish(question, text, context, declined, steps, null);
        }

        if (_llm.IsEnabled)
        {
            var request = new LlmAnswerRequest(text, analysis.Language, context.Passages, question.History);
            var result = await _llm.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
            if (!result.ShouldFallBack)
            {
                steps.Add($"path: llm ({result.Outcome.ToString().ToLowerInvariant()})");
                steps.AddRange(result.Steps);
                return result.Answer! with
                {
                    Question = text,
                    Id = question.Id,
                    Trace = question.Trace ? new AnswerTrace(context.Passages, steps, result.Verdict?.Describe()) : null,
                };
            }

            LogFellBack(result.Problem ?? "no answer");
            steps.AddRange(result.Steps.Select(s => "llm: " + s));
            steps.Add($"path: offline, replacing the LLM answer ({result.Problem})");
        }
        else
        {
            steps.Add("path: offline");
        }

        var (composed, verdict) = _offline.Compose(context);
        return Finish(question, text, context, composed, steps, verdict);
    }

    private static Answer Finish(Question question, string text, ComposeContext context, ComposedAnswer composed, List<string> steps, string? verdict) =>
        new(text, composed.Status, context.Language, composed.Text, composed.Citations, composed.Calculations, composed.AsOf)
        {
            Id = question.Id,
            Trace = question.Trace ? new AnswerTrace(context.Passages, [.. steps, .. composed.Steps], verdict) : null,
        };

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "The offline composer answers instead of the LLM: {Problem}")]
    private partial void LogFellBack(string problem);
}
