using DealBot.Answering.Composition;
using DealBot.Answering.Llm;
using DealBot.Answering.Plugins;
using DealBot.Answering.Skills;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Diagnostics;
using DealBot.Core.Retrieval;
using DealBot.Core.Text;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering;

/// <summary>
/// The one answer engine: question → understanding (read against the conversation) → hybrid retrieval → screening →
/// composition (the LLM when one is configured, else the offline skills) → verification → answer. The CLI, batch
/// mode and the Discord bot all call it.
/// </summary>
/// <remarks>
/// Refusals, small talk and out-of-scope replies are decided before either composer runs, so a model never sees a
/// question the offline path would refuse. An LLM answer that fails verification after its retry, or a model that
/// fails, gives way to the offline answer; <see cref="Answer.Path"/> says which path answered and
/// <see cref="Answer.Verdict"/> whether the verifier refused a draft on the way (the trace says the same in words).
/// </remarks>
public sealed partial class AnswerService : IAnswerService
{
    private const int MaxQuestionLength = 2000;
    private readonly AnswerContextFactory _contexts;
    private readonly ConversationReplay _conversation;
    private readonly Screen _screen;
    private readonly OfflineEngine _offline;
    private readonly ILlmAnswerer _llm;
    private readonly KernelFactLookup _factLookup;
    private readonly KernelCalculationCheck _kernelCheck;
    private readonly ILogger<AnswerService> _logger;

    internal AnswerService(AnswerContextFactory contexts, ConversationReplay conversation, Screen screen, OfflineEngine offline, ILlmAnswerer llm, KernelFactLookup factLookup, KernelCalculationCheck kernelCheck, ILogger<AnswerService> logger)
    {
        _contexts = contexts;
        _conversation = conversation;
        _screen = screen;
        _offline = offline;
        _llm = llm;
        _factLookup = factLookup;
        _kernelCheck = kernelCheck;
        _logger = logger;
    }

    /// <exception cref="KnowledgeStoreUnavailableException">The knowledge base cannot be reached; faces tell the user to retry.</exception>
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = WellFormedText.Of(WellFormedText.Truncate((question.Text ?? string.Empty).Trim(), MaxQuestionLength));

        // Analysis reads the question (replaying the conversation it follows); retrieval is its own step beside it.
        KnowledgeView view;
        AnsweredTurn? previous;
        QuestionFrame frame;
        using (AnswerActivities.Source.StartActivity("analysis"))
        {
            view = await _contexts.ViewAsync(cancellationToken).ConfigureAwait(false);
            previous = await _conversation.ReplayAsync(question.History, view, cancellationToken).ConfigureAwait(false);
            frame = _contexts.Read(text, previous, view);
        }

        var passages = await _contexts.RetrieveAsync(frame, view, cancellationToken).ConfigureAwait(false);
        var context = new AnswerContext(frame, passages, view, previous);
        List<string> steps =
        [
            $"kind: {frame.Kind}; asked: {frame.Asked}{(frame.IsFollowUp ? "; follow-up" : string.Empty)}; entities: {string.Join(", ", frame.EntityIds)}{(frame.SupposedEntities.Count > 0 ? $" (context: {string.Join(", ", frame.SupposedEntities)})" : string.Empty)}{(frame.SceneConcepts.Count > 0 ? $" (scene: {string.Join(", ", frame.SceneConcepts)})" : string.Empty)}",
            $"cues: {string.Join(", ", frame.Cues.Where(c => c.Cue != "ask.interrogative").Select(c => $"{c.Cue} '{c.Phrase}'").Distinct())}",
        ];
        if (frame.Quantities.Quantities.Count > 0 || !frame.Quantities.Target.IsEmpty)
        {
            var target = frame.Quantities.Target;
            steps.Add($"quantities: {string.Join(", ", frame.Quantities.Quantities.Select(q => $"'{q.Surface}' {q.Quantity.Value} {q.Quantity.Dimension}"))}; target: unit {target.Unit?.Display.En ?? "-"}, currency {target.Currency ?? "-"}, counted {target.Counted?.Display.En ?? "-"}, per {target.Per?.Display.En ?? "-"}");
        }

        if (_screen.Decline(frame, context.Passages, view) is { } declined)
        {
            steps.Add("path: screened (no composer)");
            return Finish(question, text, context, declined, steps, null, AnswerPath.Offline, VerifierVerdict.NotChecked);
        }

        if (_llm.IsEnabled && frame.Kind == QuestionKind.Question)
        {
            var request = new LlmAnswerRequest(text, frame.Language, context.Passages, question.History);
            LlmAnswerResult result;
            using (AnswerActivities.Source.StartActivity("composition")?.SetTag("dealbot.path", "llm"))
            {
                result = await _llm.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
            }

            if (!result.ShouldFallBack)
            {
                steps.Add($"path: llm ({result.Outcome.ToString().ToLowerInvariant()})");
                steps.AddRange(result.Steps);
                return result.Answer! with
                {
                    Question = text,
                    Id = question.Id,
                    Path = AnswerPath.Llm,
                    Verdict = result.Rejections > 0 ? VerifierVerdict.Rejected : result.Verdict is null ? VerifierVerdict.NotChecked : VerifierVerdict.Grounded,
                    Trace = question.Trace ? new AnswerTrace(context.Passages, steps, result.Verdict?.Describe()) : null,
                };
            }

            LogFellBack(result.Problem ?? "no answer");
            steps.AddRange(result.Steps.Select(s => "llm: " + s));
            steps.Add($"path: offline, replacing the LLM answer ({result.Problem})");
            return await AnswerOfflineAsync(question, text, context, steps, AnswerPath.Fallback, result.Rejections > 0, cancellationToken).ConfigureAwait(false);
        }

        steps.Add("path: offline");
        return await AnswerOfflineAsync(question, text, context, steps, AnswerPath.Offline, llmRejected: false, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Answer> AnswerOfflineAsync(Question question, string text, AnswerContext context, List<string> steps, AnswerPath path, bool llmRejected, CancellationToken cancellationToken)
    {
        using var composition = AnswerActivities.Source.StartActivity("composition")?.SetTag("dealbot.path", "offline");
        var (turn, verdict, outcome) = await _offline.AnswerAsync(context, cancellationToken).ConfigureAwait(false);

        // The answer's figure lookups, timeline queries and calculations, through the Kernel as the model's tool calls go.
        var ledger = new ToolLedger();
        await _factLookup.RunAsync(turn, context, ledger, cancellationToken).ConfigureAwait(false);
        await _kernelCheck.RunAsync(turn.Answer, ledger, cancellationToken).ConfigureAwait(false);
        return Finish(question, text, context, turn.Answer with { Steps = [.. turn.Answer.Steps, .. ledger.Steps] }, steps, verdict, path, llmRejected ? VerifierVerdict.Rejected : outcome);
    }

    private static Answer Finish(Question question, string text, AnswerContext context, ComposedAnswer composed, List<string> steps, string? verdict, AnswerPath path, VerifierVerdict outcome) =>
        new(text, composed.Status, context.Frame.Language, composed.Text, composed.Citations, composed.Calculations, composed.AsOf)
        {
            Id = question.Id,
            Path = path,
            Verdict = outcome,
            Trace = question.Trace ? new AnswerTrace(context.Passages, [.. steps, .. composed.Steps], verdict) : null,
        };

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "The offline composer answers instead of the LLM: {Problem}")]
    private partial void LogFellBack(string problem);
}
