using DealBot.Answering.Verification;
using DealBot.Core.Answers;
using DealBot.Core.Figures;
using Microsoft.Extensions.Logging;

namespace DealBot.Answering.Composition;

/// <summary>
/// The offline composer held to its own verifier: missing citations are completed from the retrieved passages; an
/// answer that still states an unsourced number gives way to a quoted passage.
/// </summary>
internal sealed partial class GroundedOfflineComposer(
    OfflineComposer offline,
    ExtractiveComposer extracts,
    FigureEquivalence equivalence,
    GroundingVerifier verifier,
    ILogger<GroundedOfflineComposer> logger)
{
    /// <summary>The answer and the verifier's verdict on it (null when nothing was stated to verify).</summary>
    public (ComposedAnswer Answer, string? Verdict) Compose(ComposeContext context)
    {
        var composed = offline.Compose(context);
        if (composed.Status != AnswerStatus.Answered)
        {
            return (composed, null);
        }

        IEnumerable<DateOnly> known = composed.AsOf is { } asOf ? [asOf, context.Today] : [context.Today];
        var check = verifier.Verify(composed.Text, composed.Citations, composed.Calculations, known);
        if (!check.Grounded)
        {
            composed = GroundingRepair.AddMissingCitations(composed, check, context, equivalence);
            check = verifier.Verify(composed.Text, composed.Citations, composed.Calculations, known);
        }

        if (!check.Grounded)
        {
            LogUngrounded(check.Describe());
            var fallback = extracts.Compose(context);
            if (fallback is not null)
            {
                return (fallback, $"replaced by a quoted passage: {check.Describe()}");
            }
        }

        return (composed, check.Grounded ? "grounded" : check.Describe());
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "Offline answer failed its own grounding check: {Problem}")]
    private partial void LogUngrounded(string problem);
}
