using DealBot.Core.Ingestion;
using DealBot.Hosting;
using DealBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>
/// The repository's knowledge/ and an index built from it, made once for all end-to-end tests (a cold ingest
/// takes seconds). Each test gets its own copy (<see cref="NewWorkspace"/>), so uploads and refreshes never leak.
/// </summary>
public sealed class KnowledgeSnapshot : IAsyncLifetime
{
    private readonly BotWorkspace _master = BotWorkspace.Empty();

    public async Task InitializeAsync()
    {
        BotWorkspace.CopyDirectory(RepositoryPaths.KnowledgeDirectory, _master.KnowledgeDirectory);
        var builder = DealBotHost.CreateBuilder([], c => c.AddInMemoryCollection(_master.Settings()));
        builder.Logging.ClearProviders();
        using var host = builder.Build();
        var report = await host.Services.GetRequiredService<IKnowledgeRefresher>().RefreshAsync(IngestRequest.SyncOnly);
        if (report.Failed.Count > 0 || report.PassageCount == 0)
        {
            throw new InvalidOperationException("knowledge/ did not ingest cleanly: " + string.Join("; ", report.Failed.Select(f => $"{f.File}: {f.Reason}")));
        }
    }

    /// <summary>A private copy of the knowledge and its built index.</summary>
    public BotWorkspace NewWorkspace() => _master.Copy();

    public Task DisposeAsync()
    {
        _master.Dispose();
        return Task.CompletedTask;
    }
}
