using System.Text.RegularExpressions;
using DealBot.Answering.Analysis;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Sparse;

namespace DealBot.Answering.Composition;

/// <summary>
/// Reads a question and looks it up: analysis (with the question a follow-up replies to), hybrid retrieval, the
/// curated facts and the sources they point at. Both composers work from what it gathers.
/// </summary>
internal sealed partial class ComposeContextFactory(
    QuestionAnalyzer analyzer,
    IKnowledgeSearch search,
    IKnowledgeCatalog catalog,
    SparseEncoderProvider encoders,
    FigureEquivalence equivalence,
    TimeProvider time)
{
    private const int PassageCount = 8;

    /// <exception cref="KnowledgeStoreUnavailableException">The knowledge base cannot be reached.</exception>
    public async Task<ComposeContext> CreateAsync(string text, IReadOnlyList<ConversationTurn>? history, CancellationToken cancellationToken)
    {
        var facts = await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var effective = WithContext(text, history);
        var analysis = analyzer.Analyze(effective, encoders.MatcherFor(facts));

        // A follow-up is answered in its own language, whatever the question it follows was asked in.
        analysis = analysis with { Language = Languages.Detect(text.Length > 0 ? text : effective) };
        var passages = analysis.Text.Length == 0
            ? []
            : await search.SearchAsync(analysis.Text, new SearchOptions(PassageCount), cancellationToken).ConfigureAwait(false);
        var sources = (await catalog.GetSourcesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var matcher = encoders.FactMatcherFor(facts);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new ComposeContext(analysis, QuestionTerms.Weigh(matcher, analysis), passages, facts, matcher, sources, today)
        {
            Premise = PremiseReader.Read(analysis, facts, matcher, equivalence),
        };
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
}
