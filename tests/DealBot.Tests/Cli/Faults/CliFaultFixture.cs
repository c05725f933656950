using DealBot.Core.Answers;
using DealBot.Hosting;
using DealBot.Tests.Bot.EndToEnd;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Cli.Faults;

/// <summary>
/// The repository's knowledge base with its index built once (<see cref="KnowledgeSnapshot"/>), copied per test, and
/// one in-process host over a copy of it, whose real answer engine the in-process fault tests wrap.
/// </summary>
public sealed class CliFaultFixture : IAsyncLifetime
{
    private readonly KnowledgeSnapshot _snapshot = new();
    private BotWorkspace? _engineWorkspace;
    private IHost? _engineHost;

    /// <summary>The real answer engine over the snapshot.</summary>
    public IAnswerService Answers => _engineHost!.Services.GetRequiredService<IAnswerService>();

    public async Task InitializeAsync()
    {
        await _snapshot.InitializeAsync();
        _engineWorkspace = _snapshot.NewWorkspace();
        var builder = DealBotHost.CreateBuilder([], c => c.AddInMemoryCollection(_engineWorkspace.Settings()));
        builder.Logging.ClearProviders();
        _engineHost = builder.Build();
    }

    /// <summary>A private copy of the knowledge and its built index.</summary>
    public BotWorkspace NewWorkspace() => _snapshot.NewWorkspace();

    public async Task DisposeAsync()
    {
        _engineHost?.Dispose();
        _engineWorkspace?.Dispose();
        await _snapshot.DisposeAsync();
    }
}
