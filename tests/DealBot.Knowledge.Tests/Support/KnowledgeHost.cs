using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Knowledge.Embedded;
using DealBot.Knowledge.Embedding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Knowledge.Tests.Support;

/// <summary>
/// The knowledge services as the application composes them (<c>AddLogging</c> + <c>AddKnowledge</c>), over a given
/// knowledge directory and data directory; the embedder is a <see cref="HashEmbedder"/> unless one is given, and a test
/// may register services of its own first (a fake clock, an extra loader).
/// </summary>
internal sealed class KnowledgeHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public KnowledgeHost(
        string sourceDirectory,
        string dataDirectory,
        ITextEmbedder? embedder = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Knowledge:SourceDirectory"] = sourceDirectory,
            ["Knowledge:DataDirectory"] = dataDirectory,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        if (embedder is not null)
        {
            // Registered before AddKnowledge, whose TryAdd keeps it instead of MiniLM.
            collection.AddSingleton(embedder);
        }

        // Also before AddKnowledge: a test's TimeProvider, logging or extra loader wins over the defaults.
        configure?.Invoke(collection);
        collection.AddKnowledge(configuration);
        _provider = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public IKnowledgeRefresher Refresher => _provider.GetRequiredService<IKnowledgeRefresher>();

    public IKnowledgeSearch Search => _provider.GetRequiredService<IKnowledgeSearch>();

    public IPassageStore Store => _provider.GetRequiredService<IPassageStore>();

    public EmbeddedPassageStore EmbeddedStore => _provider.GetRequiredService<EmbeddedPassageStore>();

    public KnowledgePaths Paths => _provider.GetRequiredService<KnowledgePaths>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public Task<IngestReport> RefreshAsync(IngestRequest? request = null) => Refresher.RefreshAsync(request ?? IngestRequest.SyncOnly);

    public void Dispose() => _provider.Dispose();
}
