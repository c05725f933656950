using DealBot.Answering.Llm.Exchanges;
using DealBot.Answering.Plugins;
using DealBot.Answering.Prompts;
using DealBot.Answering.Verification;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering.Llm;

/// <summary>
/// Answers with a language model: the system prompt from <c>prompts/Answer/System</c> (the rules only), the earlier
/// turns, then the retrieved passages in a user message of their own (<c>prompts/Answer/Sources</c>), each fenced with
/// a random marker and labelled as untrusted source text (see <see cref="PassageContext"/>), then the question; the
/// plugins as tools (invoked automatically), a JSON reply
/// (<c>{"status","answer","citations"}</c>), then the grounding verifier. A rejected reply gets one retry carrying the
/// verifier's complaint (<c>prompts/Answer/Retry</c>); a second rejection returns <see cref="LlmOutcome.Failed"/> so the
/// caller falls back to the offline answer.
/// </summary>
public sealed class LlmAnswerer(
    IChatClient? chat,
    ToolKernel tools,
    PromptLibrary prompts,
    GroundingVerifier verifier,
    TimeProvider time,
    ILogger<LlmAnswerer> logger) : ILlmAnswerer
{
    private const int Attempts = 2;

    public bool IsEnabled => chat is not null;

    public async Task<LlmAnswerResult> AnswerAsync(LlmAnswerRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (chat is null)
        {
            return LlmAnswerResult.Failed("No model is configured (Llm:Provider is none).");
        }

        var ledger = new ToolLedger();
        var kernel = tools.ForAnswer(ledger);
        var context = request.Passages.Select(KnowledgeSearchPlugin.ToHit).ToList();
        context.ForEach(ledger.AddPassage);
        var language = Languages.Normalize(request.Language) ?? Languages.English;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var asOf = request.AsOf ?? context.Max(p => p.Published);

        var rejections = 0;
        try
        {
            var messages = await AnswerConversation.StartAsync(prompts, request, context, language, today, asOf, cancellationToken).ConfigureAwait(false);
            var options = AnswerConversation.Options(kernel, prompts);
            GroundingVerdict? verdict = null;
            var complaint = string.Empty;
            for (var attempt = 1; attempt <= Attempts; attempt++)
            {
                if (attempt > 1)
                {
                    LlmLog.Retrying(logger, complaint);
                    messages.Add(await AnswerConversation.RetryAsync(prompts, complaint, request.Question, language, cancellationToken).ConfigureAwait(false));
                }

                var response = await chat.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
                messages.AddRange(response.Messages);
                var reply = LlmReply.Parse(response.Text);
                if (reply is null)
                {
                    complaint = "The reply was not the JSON object asked for ({\"status\", \"answer\", \"citations\"}).";
                    ledger.AddStep("reply unreadable");
                    continue;
                }

                var status = Status(reply.Status);
                var citations = Citations(reply.Citations, ledger);
                var calculations = ledger.Calculations.Select(c => c.ToCalculation()).ToList();
                verdict = verifier.Verify(reply.Answer!, citations, calculations, asOf is { } a ? [today, a] : [today]);
                ledger.AddStep($"attempt {attempt}: {verdict.Describe()}");
                if (status == AnswerStatus.Answered && citations.Count == 0)
                {
                    complaint = "The answer cites no passage id from the passages or tool results.";
                    continue;
                }

                if (!verdict.Grounded)
                {
                    rejections++;
                    complaint = verdict.Describe() + " These numbers are not in the cited passages or tool results.";
                    continue;
                }

                LlmLog.Accepted(logger, attempt, citations.Count, calculations.Count);
                var answer = new Answer(request.Question, status, language, reply.Answer!.Trim(), citations, calculations, asOf ?? citations.Max(c => c.Published))
                {
                    Trace = request.Trace ? new AnswerTrace(request.Passages, ledger.Steps, verdict.Describe()) : null,
                };
                return new LlmAnswerResult(status == AnswerStatus.Answered ? LlmOutcome.Answered : LlmOutcome.Declined, answer, verdict, null, ledger.Steps) { Rejections = rejections };
            }

            LlmLog.GaveUp(logger, complaint);
            return LlmAnswerResult.Failed(complaint, verdict, ledger.Steps) with { Rejections = rejections };
        }
        catch (Exception ex) when (ex is not ModelReplayException && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
        {
            // The model is a dependency the bot can live without: any failure of it means "answer offline". A replay
            // without its recording is not such a failure: it is the developer's to fix.
            LlmLog.Unavailable(logger, ex);
            return LlmAnswerResult.Failed($"The model could not be used: {ex.Message}", null, ledger.Steps) with { Rejections = rejections };
        }
    }

    private List<Citation> Citations(IReadOnlyList<string>? ids, ToolLedger ledger)
    {
        var citations = new List<Citation>();
        foreach (var raw in ids ?? [])
        {
            var id = raw.Trim().Trim('[', ']', '【', '】').Trim();
            if (ledger.Passage(id) is { } passage)
            {
                citations.Add(new Citation(passage.SourceId, passage.Title, passage.Published, passage.Text, passage.PassageId));
            }
            else if (ledger.Figure(id) is { } figure && figure.Sources.FirstOrDefault(s => id.StartsWith(s.ArticleId + "#", StringComparison.OrdinalIgnoreCase)) is { } source)
            {
                citations.Add(new Citation(source.ArticleId, source.ArticleId, figure.AsOf, source.Quote));
            }
            else
            {
                LlmLog.UnknownCitation(logger, id);
            }
        }

        return [.. citations.DistinctBy(c => (c.SourceId, c.Quote))];
    }

    private static AnswerStatus Status(string? status) =>
        AnswerStatusNames.TryParse(status, out var parsed) ? parsed : AnswerStatus.Answered;
}
