using System.ComponentModel;
using DealBot.Core.Documents;
using DealBot.Core.Retrieval;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>Searches the knowledge base's articles (English and Chinese) for passages to quote and cite.</summary>
public sealed class KnowledgeSearchPlugin(IKnowledgeSearch search)
{
    private const int MaxLimit = 10;

    /// <summary>The passages that best answer <paramref name="query"/>, best first.</summary>
    [KernelFunction, Description("Searches the articles about the Nvidia-OpenAI letter of intent (both languages) and returns passages with the id to cite (cite_id), source id, title, publication date and text. Quote numbers only from these passages or from calculator results.")]
    public async Task<IReadOnlyList<PassageHit>> SearchAsync(
        [Description("What to look for, in English or Chinese.")] string query,
        [Description("How many passages to return (1-10).")] int limit = 5,
        [Description("Only passages in this language (\"en\" or \"zh\"); empty for both.")] string? language = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (string.IsNullOrWhiteSpace(query))
        {
            return [];
        }

        var options = new SearchOptions(Math.Clamp(limit, 1, MaxLimit), Languages.Normalize(language));
        var results = await search.SearchAsync(query, options, cancellationToken).ConfigureAwait(false);
        return [.. results.Select(ToHit)];
    }

    /// <summary>A search result as the plugin returns it.</summary>
    public static PassageHit ToHit(ScoredPassage result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var p = result.Passage;
        return new PassageHit(PassageHit.CiteIdFor(p.SourceId, p.Position), p.SourceId, p.Title, p.Language, p.Published, p.Text, result.Score, p.Id);
    }
}
