using DealBot.Answering.Analysis;
using DealBot.Core.Facts;
using DealBot.Core.Matching;
using DealBot.Core.Retrieval;

namespace DealBot.Answering.Composition;

/// <summary>Everything the composers know about one question: its analysis, what retrieval found, the curated facts.</summary>
internal sealed record ComposeContext(
    QuestionAnalysis Question,
    IReadOnlyDictionary<string, double> Terms,
    IReadOnlyList<ScoredPassage> Passages,
    FactSheet Facts,
    FactMatcher Matcher,
    IReadOnlyDictionary<string, SourceInfo> Sources,
    DateOnly Today)
{
    public string Language => Question.Language;

    /// <summary>What the question's premise claims, when it states a number about a curated figure.</summary>
    public PremiseClaim? Premise { get; init; }

    /// <summary>Article ids of the retrieved passages, best first.</summary>
    public IReadOnlyList<string> RetrievedSources { get; } = Passages.Select(p => p.Passage.SourceId).Distinct().ToList();
}
