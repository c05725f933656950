using DealBot.Core.Retrieval;
using static DealBot.Testing.Stores.ContractPassages;

namespace DealBot.Testing.Stores;

/// <summary>The contract's blue/green half: publishing replaces wholly, rollback restores, readers never see a partial index.</summary>
public abstract partial class PassageStoreContractTests
{
    private const string First = "2025-09-23T10:00:00Z";
    private const string Second = "2025-09-24T08:30:00Z";

    [SkippableFact]
    public async Task GetStatusAsync_AfterPublish_ReportsVersionAndCount()
    {
        var store = await NewStoreAsync();
        await store.PublishAsync(Build(First));

        var status = await store.GetStatusAsync();

        Assert.True(status.Ready);
        Assert.Equal(First, status.Version);
        Assert.Equal(4, status.PassageCount);
        Assert.Null(status.PreviousVersion);
    }

    [SkippableFact]
    public async Task PublishAsync_SecondBuild_ReplacesTheFirstWholly()
    {
        var store = await NewStoreAsync();
        await store.PublishAsync(Build(First));
        var edited = Edited(Investment, "Nvidia intends to invest up to $100 billion, in tranches.");

        await store.PublishAsync(Build(Second, edited, FirstGigawatt));

        var hits = await store.SearchAsync(Query(Axis(0), Terms(SharedTerm, OracleTerm, 5)));
        Assert.Equal(
            new[] { Investment.Passage.Id, FirstGigawatt.Passage.Id }.Order(),
            hits.Select(h => h.Passage.Id).Order());
        Assert.Equal(edited.Passage.Text, hits.Single(h => h.Passage.Id == edited.Passage.Id).Passage.Text);
        var status = await store.GetStatusAsync();
        Assert.Equal(Second, status.Version);
        Assert.Equal(2, status.PassageCount);
        Assert.Equal(First, status.PreviousVersion);
    }

    [SkippableFact]
    public async Task RollbackAsync_EmptyStore_ReturnsFalse()
    {
        var store = await NewStoreAsync();

        Assert.False(await store.RollbackAsync());
    }

    [SkippableFact]
    public async Task RollbackAsync_OnlyOneGeneration_ReturnsFalseAndKeepsIt()
    {
        var store = await NewStoreAsync();
        await store.PublishAsync(Build(First));

        var rolledBack = await store.RollbackAsync();

        Assert.False(rolledBack);
        var status = await store.GetStatusAsync();
        Assert.Equal(First, status.Version);
        Assert.Equal(4, status.PassageCount);
    }

    [SkippableFact]
    public async Task RollbackAsync_AfterSecondPublish_ServesThePreviousGeneration()
    {
        var store = await NewStoreAsync();
        await store.PublishAsync(Build(First));
        await store.PublishAsync(Build(Second, FirstGigawatt));

        var rolledBack = await store.RollbackAsync();

        Assert.True(rolledBack);
        var status = await store.GetStatusAsync();
        Assert.Equal(First, status.Version);
        Assert.Equal(4, status.PassageCount);
        var hits = await store.SearchAsync(Query(Orthogonal(), Terms(OracleTerm)));
        Assert.Equal(Oracle.Passage.Id, hits[0].Passage.Id);
    }

    [SkippableFact]
    public async Task SearchAsync_DuringPublish_ReturnsTheOldCompleteIndexOrTheNewOne()
    {
        var store = await NewStoreAsync();
        await store.PublishAsync(Build(First));
        const int NewSize = 600;
        var everything = new HybridQuery(Axis(0), Terms(SharedTerm, 1000, 1001), PassageFilter.None, 1000, 1000);
        var oldIds = All.Select(p => p.Passage.Id).ToHashSet();
        var observed = new List<IReadOnlyList<ScoredPassage>>();

        var publish = Task.Run(() => store.PublishAsync(Bulk(Second, NewSize, "bulk")));
        do
        {
            observed.Add(await store.SearchAsync(everything));
        }
        while (!publish.IsCompleted);
        await publish;
        observed.Add(await store.SearchAsync(everything));

        Assert.All(observed, hits => Assert.True(
            (hits.Count == oldIds.Count && hits.All(h => oldIds.Contains(h.Passage.Id)))
                || (hits.Count == NewSize && hits.All(h => h.Passage.SourceId == "bulk")),
            $"a search saw {hits.Count} passages: neither the old index (4) nor the new one ({NewSize})"));
        Assert.Equal(NewSize, observed[^1].Count);
    }
}
