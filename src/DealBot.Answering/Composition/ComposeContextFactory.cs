using System.Text.RegularExpressions;
using DealBot.Answering.Analysis;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Composition;

/// <summary>
/// Reads a question and looks it up: analysis (with the question a follow-up replies to), hybrid retrieval, the
/// curated facts and the sources they point at. Both composers work from what it gathers.
/// </summary>
internal sealed partial class ComposeContextFactory(
    QuestionAnalyzer analyzer,
    IKnowledgeSearch search,
    IKnowledgeCatalog catalog,
    LexicalMatchers encoders,
    FigureEquivalence equivalence,
    TimeProvider time)
{
    private const int PassageCount = 8;
    private const int ShortQuestion = 40;

    /// <exception cref="KnowledgeStoreUnavailableException">The knowledge base cannot be reached.</exception>
    public async Task<ComposeContext> CreateAsync(string text, IReadOnlyList<ConversationTurn>? history, CancellationToken cancellationToken)
    {
        var facts = await catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var glossary = encoders.GlossaryFor(facts);
        var analysis = analyzer.Analyze(text, glossary);
        if (history is { Count: > 0 } && IsFollowUp(analysis))
        {
            // A follow-up is answered in its own language, whatever the question it follows was asked in.
            analysis = analyzer.Analyze($"{Thread(history, glossary)} {text}", glossary) with { Language = analysis.Language };
        }

        // What a question asks to do can already decide the reply (refuse an injection or advice, decline a poem or a
        // live price): those are answered without looking anything up, which spares embedding the question.
        var passages = analysis.Text.Length == 0 || analysis.Kind != QuestionKind.Question
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

    // The earlier questions a follow-up continues: back to the last one that stood on its own ("How much will Nvidia
    // invest?" → "per household?" → "那每户呢？").
    private string Thread(IReadOnlyList<ConversationTurn> history, GlossaryMatcher glossary)
    {
        var start = history.Count - 1;
        while (start > 0 && IsFollowUp(analyzer.Analyze(history[start].Question, glossary)))
        {
            start--;
        }

        return string.Join(" ", history.Skip(start).Select(t => t.Question));
    }

    // A reply to an earlier answer carries the question it follows: one that says so ("and per household?", "那每户呢？"),
    // or a short fragment that asks nothing and states no number of its own ("per household?", "Stargate?").
    // "How many gigawatts are planned?" is a question of its own.
    private static bool IsFollowUp(QuestionAnalysis question) =>
        FollowUp().IsMatch(question.Text)
        || (question.Text.Length <= ShortQuestion && question.Numbers.Count == 0 && !QuestionPatterns.Interrogative().IsMatch(question.Text));

    [GeneratedRegex(@"^(and|what about|how about|so|then|also)\b|^(那|那么|还有|另外|再)", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();
}
