using DealBot.Core.Retrieval;
using static DealBot.Testing.Stores.ContractPassages;

namespace DealBot.Testing.Stores;

/// <summary>
/// The behaviour every <see cref="IPassageStore"/> shares, run against each store by subclassing: override
/// <see cref="CreateStoreAsync"/> to return a fresh, empty store, <see cref="SkipReason"/> to skip visibly when the
/// store's server is not available, and <see cref="DisposeAsync"/> to clean up what the stores left behind.
/// </summary>
public abstract partial class PassageStoreContractTests : IAsyncLifetime
{
    /// <summary>Why the suite cannot run here (shown as the skip reason); null to run it.</summary>
    protected virtual string? SkipReason => null;

    /// <summary>A fresh, empty store, isolated from every other test's store.</summary>
    protected abstract Task<IPassageStore> CreateStoreAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task SearchAsync_EmptyStore_ReturnsNoHits()
    {
        var store = await NewStoreAsync();

        var hits = await store.SearchAsync(Query(Axis(0), Terms(SharedTerm)));

        Assert.Empty(hits);
    }

    [SkippableFact]
    public async Task GetStatusAsync_EmptyStore_IsNotReady()
    {
        var store = await NewStoreAsync();

        var status = await store.GetStatusAsync();

        Assert.False(status.Ready);
        Assert.Null(status.Version);
        Assert.Equal(0, status.PassageCount);
        Assert.Null(status.PreviousVersion);
    }

    [SkippableFact]
    public async Task SearchAsync_DenseVectorNearPassage_RanksThatPassageFirst()
    {
        var store = await PublishedStoreAsync();

        var hits = await store.SearchAsync(Query(Axis(1), Terms(999)));

        Assert.Equal(FirstGigawatt.Passage.Id, hits[0].Passage.Id);
    }

    [SkippableFact]
    public async Task SearchAsync_SparseTermOfOnePassage_RanksThatPassageFirst()
    {
        var store = await PublishedStoreAsync();

        var hits = await store.SearchAsync(Query(Orthogonal(), Terms(OracleTerm)));

        Assert.Equal(Oracle.Passage.Id, hits[0].Passage.Id);
    }

    [SkippableFact]
    public async Task SearchAsync_SparseTermOfTwoPassages_RanksBothAboveTheRest()
    {
        var store = await PublishedStoreAsync();

        var hits = await store.SearchAsync(Query(Orthogonal(), Terms(SharedTerm)));

        Assert.Equal(
            new[] { Investment.Passage.Id, InvestmentZh.Passage.Id }.Order(),
            hits.Take(2).Select(h => h.Passage.Id).Order());
    }

    [SkippableFact]
    public async Task SearchAsync_LanguageFilter_ReturnsOnlyThatLanguage()
    {
        var store = await PublishedStoreAsync();

        var english = await store.SearchAsync(Query(Axis(2), Terms(SharedTerm), new PassageFilter(Language: "en")));
        var chinese = await store.SearchAsync(Query(Axis(0), Terms(SharedTerm), new PassageFilter(Language: "zh")));

        Assert.Equal(3, english.Count);
        Assert.All(english, h => Assert.Equal("en", h.Passage.Language));
        Assert.Equal(InvestmentZh.Passage.Id, Assert.Single(chinese).Passage.Id);
    }

    [SkippableFact]
    public async Task SearchAsync_SourceIdFilter_ReturnsOnlyThoseSources()
    {
        var store = await PublishedStoreAsync();
        var filter = new PassageFilter(SourceIds: ["oracle-deal-en", "nvidia-letter-zh"]);

        var hits = await store.SearchAsync(Query(Axis(0), Terms(SharedTerm), filter));

        Assert.Equal(
            new[] { InvestmentZh.Passage.Id, Oracle.Passage.Id }.Order(),
            hits.Select(h => h.Passage.Id).Order());
    }

    [SkippableFact]
    public async Task SearchAsync_LanguageAndSourceFilter_AppliesBoth()
    {
        var store = await PublishedStoreAsync();
        var filter = new PassageFilter("en", ["nvidia-letter-en", "nvidia-letter-zh"]);

        var hits = await store.SearchAsync(Query(Axis(2), Terms(SharedTerm), filter));

        Assert.Equal(
            new[] { Investment.Passage.Id, FirstGigawatt.Passage.Id }.Order(),
            hits.Select(h => h.Passage.Id).Order());
    }

    [SkippableFact]
    public async Task SearchAsync_Hit_CarriesPassageFieldsAndFiguresIntact()
    {
        var store = await PublishedStoreAsync();

        var hits = await store.SearchAsync(Query(Axis(1), Terms(3, 4)));

        var found = hits[0].Passage;
        var expected = FirstGigawatt.Passage;
        Assert.Equal(expected with { Figures = [] }, found with { Figures = [] });
        Assert.Equal(expected.Figures, found.Figures);
        Assert.True(hits[0].Score > 0);
    }

    [SkippableFact]
    public async Task SearchAsync_Limit_ReturnsAtMostThatManyBestFirst()
    {
        var store = await PublishedStoreAsync();

        var hits = await store.SearchAsync(Query(Axis(3), Terms(OracleTerm), limit: 2));

        Assert.Equal(2, hits.Count);
        Assert.Equal(Oracle.Passage.Id, hits[0].Passage.Id);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    /// <summary>A fresh store, unless the suite is skipped here.</summary>
    protected async Task<IPassageStore> NewStoreAsync()
    {
        Skip.If(SkipReason is not null, SkipReason);
        return await CreateStoreAsync().ConfigureAwait(false);
    }

    private async Task<IPassageStore> PublishedStoreAsync()
    {
        var store = await NewStoreAsync().ConfigureAwait(false);
        await store.PublishAsync(Build("2025-09-23T10:00:00Z")).ConfigureAwait(false);
        return store;
    }
}
