using DealBot.Core.Diagnostics;
using DealBot.Core.Retrieval;

namespace DealBot.Telemetry;

/// <summary>Wraps hybrid retrieval in the <c>retrieval</c> span, with how many passages it returned.</summary>
internal sealed class InstrumentedKnowledgeSearch(IKnowledgeSearch inner) : IKnowledgeSearch
{
    public async Task<IReadOnlyList<ScoredPassage>> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default)
    {
        using var activity = AnswerActivities.Source.StartActivity("retrieval");
        var passages = await inner.SearchAsync(query, options, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("dealbot.passages", passages.Count);
        return passages;
    }
}
