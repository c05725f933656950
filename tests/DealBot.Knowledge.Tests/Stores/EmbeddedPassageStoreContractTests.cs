using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedded;
using DealBot.Knowledge.Tests.Support;
using DealBot.Testing.Stores;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge.Tests.Stores;

/// <summary>The passage store contract against the embedded store, each test over its own temp data directory.</summary>
public sealed class EmbeddedPassageStoreContractTests : PassageStoreContractTests
{
    private readonly TempDirectory _data = new();
    private readonly List<EmbeddedPassageStore> _stores = [];

    protected override Task<IPassageStore> CreateStoreAsync()
    {
        var paths = new KnowledgePaths(Options.Create(new KnowledgeOptions { SourceDirectory = _data.Path, DataDirectory = _data.Combine($"data-{_stores.Count}") }));
        var store = new EmbeddedPassageStore(paths, TimeProvider.System, NullLogger<EmbeddedPassageStore>.Instance);
        _stores.Add(store);
        return Task.FromResult<IPassageStore>(store);
    }

    public override Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _data.Dispose();
        return Task.CompletedTask;
    }
}
