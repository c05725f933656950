using DealBot.Answering;
using DealBot.Core.Answers;
using DealBot.Core.Ingestion;
using DealBot.Knowledge;
using DealBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real answer engine over the real knowledge directory, with the real in-process embedder, built once per test
/// class in a temporary data directory. A derived fixture may answer from another knowledge directory.
/// </summary>
public class AnswerEngineFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "dealbot-answering-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public IAnswerService Engine => _services!.GetRequiredService<IAnswerService>();

    /// <summary>Asks <paramref name="first"/>, then <paramref name="second"/> with the first turn as history.</summary>
    public async Task<Core.Answers.Answer> FollowUpAsync(string first, string second)
    {
        var earlier = await Engine.AnswerAsync(new Core.Answers.Question(first));
        return await Engine.AnswerAsync(new Core.Answers.Question(second, [new Core.Answers.ConversationTurn(first, earlier.Text)]));
    }

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:SourceDirectory"] = PrepareKnowledge(Path.Combine(_data, "knowledge")),
            ["Knowledge:DataDirectory"] = _data,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKnowledge(configuration);
        services.AddAnswering(configuration);
        _services = services.BuildServiceProvider();
        var report = await _services.GetRequiredService<IKnowledgeRefresher>().RefreshAsync(IngestRequest.SyncOnly);
        if (report.Failed.Count > 0)
        {
            throw new InvalidOperationException("the knowledge directory did not ingest cleanly: " + string.Join("; ", report.Failed.Select(f => $"{f.File}: {f.Reason}")));
        }
    }

    /// <summary>The knowledge directory to ingest; <paramref name="scratch"/> is a folder of the fixture's own, removed with it.</summary>
    protected virtual string PrepareKnowledge(string scratch) => RepositoryPaths.KnowledgeDirectory;

    /// <summary>A copy of the real knowledge directory in <paramref name="scratch"/>, for a fixture to add articles to.</summary>
    protected static string CopyKnowledge(string scratch)
    {
        Directory.CreateDirectory(scratch);
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.KnowledgeDirectory))
        {
            File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
        }

        return scratch;
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
