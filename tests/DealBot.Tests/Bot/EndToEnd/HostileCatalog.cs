using DealBot.Core.Facts;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>The real catalog with one more article and one more timeline event, both written to break Discord's markdown.</summary>
internal sealed class HostileCatalog(IKnowledgeCatalog inner, SourceInfo source, TimelineEvent milestone) : IKnowledgeCatalog
{
    public async Task<IReadOnlyList<SourceInfo>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        [source, .. await inner.GetSourcesAsync(cancellationToken)];

    public async Task<FactSheet> GetFactsAsync(CancellationToken cancellationToken = default)
    {
        var facts = await inner.GetFactsAsync(cancellationToken);
        return facts with { Events = [milestone, .. facts.Events] };
    }
}
