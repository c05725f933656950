namespace DealBot.Core.Retrieval;

/// <summary>Hybrid retrieval from a question in either language to the passages that answer it.</summary>
public interface IKnowledgeSearch
{
    Task<IReadOnlyList<ScoredPassage>> SearchAsync(string query, SearchOptions options, CancellationToken cancellationToken = default);
}
