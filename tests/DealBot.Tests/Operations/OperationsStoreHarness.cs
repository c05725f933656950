using DealBot.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace DealBot.Tests.Operations;

/// <summary>
/// The operations store as the bot registers it, over a real SQLite file in a temporary folder. A "restart" is a new
/// harness on the same file: new connections, new queue, new caches.
/// </summary>
internal sealed class OperationsStoreHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public OperationsStoreHarness(string path, FakeTimeProvider time, IDictionary<string, string?>? settings = null)
    {
        Path = path;
        Time = time;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddMetrics();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(new OperationsDatabase(path));
        services.AddOperationsStore(configuration);
        services.AddOperationsJobs();
        _services = services.BuildServiceProvider();
    }

    public string Path { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    public OperationsWriteQueue Queue => Get<OperationsWriteQueue>();

    public AuditTrail Audit => Get<AuditTrail>();

    public FeedbackStore Feedback => Get<FeedbackStore>();

    public IConversationArchive Conversations => Get<IConversationArchive>();

    public MemberHasher Hasher => Get<MemberHasher>();

    public OperationsWriter Writer => _services.GetServices<IHostedService>().OfType<OperationsWriter>().Single();

    public RetentionJob Retention => _services.GetServices<IHostedService>().OfType<RetentionJob>().Single();

    /// <summary>Writes everything queued so far, as the background writer would.</summary>
    public int Flush() => Writer.WriteBatch();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public void Dispose()
    {
        _services.Dispose();

        // Pooled connections keep the file open; a new harness on the same file must start from nothing cached.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}

/// <summary>A temporary folder for one test's database, deleted afterwards.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Root { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dealbot-ops-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Root, name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
