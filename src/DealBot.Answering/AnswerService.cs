using System.Text.RegularExpressions;
using DealBot.Answering.Analysis;
using DealBot.Answering.Composition;
using DealBot.Answering.Verification;
using DealBot.Core.Answers;
using DealBot.Core.Facts;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Sparse;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering;

/// <summary>
/// The one answer engine: question → analysis → hybrid retrieval → plugins and composition → verification → answer.
/// The CLI, batch mode and the Discord bot all call it.
/// </summary>
public sealed partial class AnswerService : IAnswerService
{
    private const int MaxQuestionLength = 2000;
    private readonly QuestionAnalyzer _analyzer;
    private readonly IKnowledgeSearch _search;
    private readonly IKnowledgeCatalog _catalog;
    private readonly SparseEncoderProvider _encoders;
    private readonly OfflineComposer _offline;
    private readonly ExtractiveComposer _extracts;
    private readonly Core.Figures.FigureEquivalence _equivalence;
    private readonly GroundingVerifier _verifier;
    private readonly TimeProvider _time;
    private readonly ILogger<AnswerService> _logger;

    internal AnswerService(
        QuestionAnalyzer analyzer,
        IKnowledgeSearch search,
        IKnowledgeCatalog catalog,
        SparseEncoderProvider encoders,
        OfflineComposer offline,
        ExtractiveComposer extracts,
        Core.Figures.FigureEquivalence equivalence,
        GroundingVerifier verifier,
        TimeProvider time,
        ILogger<AnswerService> logger)
    {
        _analyzer = analyzer;
        _search = search;
        _catalog = catalog;
        _encoders = encoders;
        _offline = offline;
        _extracts = extracts;
        _equivalence = equivalence;
        _verifier = verifier;
        _time = time;
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

        var facts = await _catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var effective = WithContext(text, question.History);
        var analysis = _analyzer.Analyze(effective, _encoders.MatcherFor(facts));
        analysis = analysis with { Language = Core.Documents.Languages.Detect(text.Length > 0 ? text : effective) };
        var passages = analysis.Text.Length == 0
            ? []
            : await _search.SearchAsync(analysis.Text, new SearchOptions(8), cancellationToken).ConfigureAwait(false);
        var sources = (await _catalog.GetSourcesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var matcher = _encoders.FactMatcherFor(facts);
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var context = new ComposeContext(analysis, matcher.QuestionWeights(analysis.Text), passages, facts, matcher, sources, today);

        var (composed, verdict) = ComposeVerified(context, today);
        return new Answer(text, composed.Status, analysis.Language, composed.Text, composed.Citations, composed.Calculations, composed.AsOf)
        {
            Id = question.Id,
            Trace = question.Trace ? new AnswerTrace(passages, [$"intent: {analysis.Intent}; kind: {analysis.Kind}", .. composed.Steps], verdict) : null,
        };
    }

    // The offline answer must pass its own verifier: missing citations are completed from the retrieved passages; an
    // answer that still states an unsourced number gives way to a quoted passage.
    private (ComposedAnswer Answer, string? Verdict) ComposeVerified(ComposeContext context, DateOnly today)
    {
        var composed = _offline.Compose(context);
        if (composed.Status != AnswerStatus.Answered)
        {
            return (composed, null);
        }

        IEnumerable<DateOnly> known = composed.AsOf is { } asOf ? [asOf, today] : [today];
        var check = _verifier.Verify(composed.Text, composed.Citations, composed.Calculations, known);
        if (!check.Grounded)
        {
            composed = GroundingRepair.AddMissingCitations(composed, check, context, _equivalence);
            check = _verifier.Verify(composed.Text, composed.Citations, composed.Calculations, known);
        }

        if (!check.Grounded)
        {
            LogUngrounded(check.Describe());
            var fallback = _extracts.Compose(context);
            if (fallback is not null)
            {
                return (fallback, $"replaced by a quoted passage: {check.Describe()}");
            }
        }

        return (composed, check.Grounded ? "grounded" : check.Describe());
    }

    // A reply to an earlier answer ("and per household?") carries the question it follows.
    private static string WithContext(string text, IReadOnlyList<ConversationTurn>? history)
    {
        if (history is not { Count: > 0 } || text.Length > 80 && !FollowUp().IsMatch(text))
        {
            return text;
        }

        return $"{history[^1].Question} {text}";
    }

    [GeneratedRegex(@"^(and|what about|how about|so|then|also)\b|^(那|那么|还有|另外|再)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Offline answer failed its own grounding check: {Problem}")]
    private partial void LogUngrounded(string problem);
}
