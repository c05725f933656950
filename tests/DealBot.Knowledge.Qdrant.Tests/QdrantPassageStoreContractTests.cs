using DealBot.Core.Retrieval;
using DealBot.Testing.Stores;
using Qdrant.Client;

namespace DealBot.Knowledge.Qdrant.Tests;

/// <summary>The store contract against a real Qdrant at QDRANT_URL; skipped, with the reason shown, without one.</summary>
public sealed class QdrantPassageStoreContractTests : PassageStoreContractTests
{
    // Every test gets its own alias, so runs and tests never see each other's generations.
    private readonly string _prefix = $"contract-{Guid.NewGuid():N}";
    private QdrantClient? _client;

    protected override string? SkipReason => QdrantTestServer.SkipReason;

    protected override Task<IPassageStore> CreateStoreAsync()
    {
        _client ??= new QdrantClient(new Uri(QdrantTestServer.Url!), apiKey: null, TimeSpan.FromSeconds(30));
        var options = TestStores.Options(_prefix);
        options.BatchSize = 64;
        IPassageStore store = TestStores.Store(new QdrantClientGateway(_client), options);
        return Task.FromResult(store);
    }

    public override async Task DisposeAsync()
    {
        if (_client is null)
        {
            return;
        }

        foreach (var alias in await _client.ListAliasesAsync())
        {
            if (alias.AliasName.StartsWith(_prefix, StringComparison.Ordinal))
            {
                await _client.DeleteAliasAsync(alias.AliasName);
            }
        }

        foreach (var collection in await _client.ListCollectionsAsync())
        {
            if (collection.StartsWith(_prefix, StringComparison.Ordinal))
            {
                await _client.DeleteCollectionAsync(collection);
            }
        }

        _client.Dispose();
    }
}
