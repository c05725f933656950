using DealBot.Core.Ingestion;
using DealBot.Knowledge.Tests.Support;

namespace DealBot.Knowledge.Tests.Retrieval;

/// <summary>The real knowledge/ directory ingested once, with the real MiniLM embedder, into a temp data directory.</summary>
public sealed class RetrievalFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    internal KnowledgeHost Host { get; private set; } = null!;

    public IngestReport Ingest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = new KnowledgeHost(TestPaths.KnowledgeDirectory, _data.Path);
        Ingest = await Host.RefreshAsync();
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        _data.Dispose();
        return Task.CompletedTask;
    }
}
